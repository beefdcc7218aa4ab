/**
 * Issue 7 figures: with 100,000 calls and 100,000 notes over 5,000 accounts, one account's history
 * query, a note save, and the panel's start-up (opening the database, then restoring the draft and
 * finding the call in progress), median and p95.
 * Runs on fake-indexeddb (in-memory, single-threaded JS): the shape of the costs, not Chrome's numbers.
 */
import 'fake-indexeddb/auto';
import { currentCall } from '../../lib/db/calls';
import { accountHistory } from '../../lib/db/history';
import { loadDraft, saveNote } from '../../lib/db/notes';
import type { CallRecord, NoteRecord } from '../../lib/db/records';
import { type CallAssistDB, openDb } from '../../lib/db/schema';

const ACCOUNTS = 5_000;
const CALLS = 100_000;
const NOTES = 100_000;
const DAY = 86_400_000;
const NOW = Date.parse('2026-03-10T10:00:00+08:00');

/** Deterministic pseudo-random numbers (mulberry32), so every run measures the same data. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const accountKey = (index: number) => `CC${String(20_240_000 + index)}`;
const DISPOSITIONS = ['PTP', 'PAID', 'PART', 'NA', 'VM', 'CB', 'RTP'] as const;

function makeCall(index: number, next: () => number): CallRecord {
  const startedAt = NOW - Math.floor(next() * 365 * DAY);
  const disposition = DISPOSITIONS[Math.floor(next() * DISPOSITIONS.length)] ?? 'NA';
  return {
    id: `call-${index}`,
    accountKey: accountKey(Math.floor(next() * ACCOUNTS)),
    adapterId: 'demo-crm',
    packId: 'default-zh-CN',
    packVersion: 3,
    phone: '*******8000',
    startedAt,
    endedAt: startedAt + 240_000,
    segmentId: 'm2-standard',
    stages: [
      { stageId: 'identify', at: startedAt + 5_000 },
      { stageId: 'negotiate', at: startedAt + 90_000 },
    ],
    linesSaid: [{ lineId: 'greet', stageId: 'identify', at: startedAt + 6_000 }],
    checklist: {
      identity: { at: startedAt + 10_000, by: 'line' },
      recording: { at: startedAt + 12_000, by: 'hand' },
    },
    objections: [{ objectionId: 'no-money', at: startedAt + 60_000 }],
    overrides: [],
    ...(disposition === 'PTP' ? { promise: { amount: 50_000, date: '2026-03-20' } } : {}),
    disposition: { id: disposition, at: startedAt + 230_000 },
    answered: disposition !== 'NA' && disposition !== 'VM',
    conversation: disposition !== 'NA' && disposition !== 'VM',
    flags: [],
  };
}

function makeNote(index: number, next: () => number): NoteRecord {
  const createdAt = NOW - Math.floor(next() * 365 * DAY);
  return {
    id: `note-${index}`,
    accountKey: accountKey(Math.floor(next() * ACCOUNTS)),
    callId: `call-${Math.floor(next() * CALLS)}`,
    text: '客户表示本月收入减少，承诺下周五先还最低还款额，其余部分下月发工资后再联系。手机 *******8000',
    masked: [{ kind: 'phone', count: 1 }],
    createdAt,
    updatedAt: createdAt,
  };
}

async function populate(db: CallAssistDB): Promise<number> {
  const next = random(7);
  const began = performance.now();
  const chunk = 5_000;
  for (let first = 0; first < CALLS; first += chunk) {
    await db.calls.bulkAdd(Array.from({ length: chunk }, (_, i) => makeCall(first + i, next)));
  }
  for (let first = 0; first < NOTES; first += chunk) {
    await db.notes.bulkAdd(Array.from({ length: chunk }, (_, i) => makeNote(first + i, next)));
  }
  return performance.now() - began;
}

async function measure(runs: number, task: (run: number) => Promise<unknown>): Promise<number[]> {
  for (let run = 0; run < 5; run += 1) await task(-1 - run); // warm-up
  const times: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const began = performance.now();
    await task(run);
    times.push(performance.now() - began);
  }
  return times.sort((a, b) => a - b);
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
const ms = (value: number) => `${value.toFixed(2)} ms`;

/** Opening (and version-checking) the database: the part of start-up the database's size could touch. */
async function open(name: string): Promise<void> {
  const db = await openDb(name);
  db.close();
}

export default async function bench(): Promise<string> {
  const name = `bench-${Date.now()}`;
  const emptyName = `bench-empty-${Date.now()}`;
  const db = await openDb(name);
  const populateMs = await populate(db);
  const pick = random(11);
  const someAccount = () => accountKey(Math.floor(pick() * ACCOUNTS));

  let entries = 0;
  const history = await measure(200, async () => {
    entries += (await accountHistory(db, someAccount(), NOW)).length;
  });
  const save = await measure(200, async (run) => {
    const result = await saveNote(db, {
      accountKey: someAccount(),
      text: `第 ${run} 条：客户手机 13800138000，承诺周五还款`,
    });
    if (!result.ok) throw new Error(result.message.en);
  });
  // What the panel reads on start after opening: the draft and the call in progress.
  const restore = await measure(200, async () => {
    const account = someAccount();
    await loadDraft(db, account);
    await currentCall(db, account);
  });
  db.close();
  const openFull = await measure(50, () => open(name));
  await open(emptyName);
  const openEmpty = await measure(50, () => open(emptyName));

  const row = (label: string, times: number[]) =>
    `| ${label} | ${times.length} | ${ms(percentile(times, 50))} | ${ms(percentile(times, 95))} |`;
  return [
    '## Local database (issue 7)',
    '',
    `${CALLS.toLocaleString('en')} calls and ${NOTES.toLocaleString('en')} notes over ${ACCOUNTS.toLocaleString('en')} accounts, fake-indexeddb in Node ${process.version} (loading them took ${(populateMs / 1000).toFixed(1)} s).`,
    '',
    '| operation | runs | median | p95 |',
    '|---|---:|---:|---:|',
    row(`one account's history (avg ${(entries / 205).toFixed(1)} entries)`, history),
    row('note save (redact, link to call, clear draft)', save),
    row('start-up: open the database, full', openFull),
    row('start-up: open the database, empty', openEmpty),
    row('start-up: restore draft + find call in progress', restore),
    '',
    'Goal: history ≤ 20 ms, save ≤ 10 ms, start-up unaffected by the database size.',
    '',
  ].join('\n');
}
