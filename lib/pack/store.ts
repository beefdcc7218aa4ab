/**
 * Packs in Dexie: the active pack is the highest accepted version of the pack id the settings
 * name. A stored envelope is parsed on read (DESIGN.md principle 4), again only when a row the
 * answer was read from changed; an unreadable row is reported, never silently used. A stored pack
 * also passes this build's lint again (red team 14 item 6): a pack accepted by an older version may
 * break a rule added since (gate 13's adapter budget), and is then replaced by the last stored
 * version that passes, else the bundled default, with a notice for the agent and the reason for the
 * admin. A row this build's gate passed carries its mark (checked-mark.ts) and is not linted twice.
 */
import type { PackRow } from '../db/records';
import type { CallAssistDB } from '../db/schema';
import type { LocalizedText } from '../i18n/text';
import { activeRowOf } from './active-row';
import { checkedByThisBuild } from './checked-mark';
import { storedEnvelope } from './envelope-text';
import { formatPackError, type PackError } from './errors';
import { lintErrors, lintPack } from './lint';
import { parsePack } from './parse';
import type { Pack } from './schema';

export { type PackEnvelope, storedEnvelope } from './envelope-text';

export type ActivePack =
  | {
      ok: true;
      pack: Pack;
      source: string;
      activatedAt?: number;
      /** The active version failed this build's checks and another pack is used: what the agent reads. */
      notice?: LocalizedText;
      /** And why, for the administrator (the options page). */
      reason?: LocalizedText;
    }
  | { ok: false; message: LocalizedText };

// The background asks for the active pack on every CRM navigation and the panel on every pack-table
// change. The answer depends on the pack id's rows and, when a stand-in is looked for outside them,
// on the bundled rows: kept with exactly those rows, it is given again while they are unchanged, so
// a repeat read parses and lints nothing, a failing pack's included (store15 item 1). Any change to
// any of them (a new version, a deletion, a row rewritten under the same version) is a new answer.
let lastRead: { rows: PackRow[]; bundled?: PackRow[]; result: ActivePack } | null = null;

export async function loadActivePack(db: CallAssistDB, packId: string): Promise<ActivePack> {
  const rows = await db.packs.where('id').equals(packId).toArray();
  const active = activeRowOf(rows);
  if (!active) {
    return {
      ok: false,
      // No id shown: agents read this in the panel (live-call walk 11 §3).
      message: {
        zh: '没有找到设置中所选的话术包：请在设置页选择或导入话术包',
        en: 'The pack chosen in the settings is not installed: choose or import a pack on the options page',
      },
    };
  }
  const cached = lastRead;
  if (
    cached &&
    sameRows(cached.rows, rows) &&
    (cached.bundled === undefined || sameRows(cached.bundled, await bundledRows(db)))
  )
    return cached.result;
  const consulted: Consulted = {};
  const result = await readActive(db, active, rows, consulted);
  lastRead = { rows, ...consulted, result };
  forgetRowsBut([...rows, ...(consulted.bundled ?? [])]);
  return result;
}

/** The rows an answer was read from besides the pack id's own: the bundled ones, when looked at. */
type Consulted = { bundled?: PackRow[] };

async function bundledRows(db: CallAssistDB): Promise<PackRow[]> {
  return (await db.packs.toArray()).filter((r) => r.source === 'bundled');
}

/** Every field alike: a field added to rows later counts without a change here. */
function sameRow(a: PackRow, b: PackRow): boolean {
  const keys = Object.keys(a) as (keyof PackRow)[];
  return keys.length === Object.keys(b).length && keys.every((key) => a[key] === b[key]);
}

function sameRows(a: readonly PackRow[], b: readonly PackRow[]): boolean {
  return a.length === b.length && a.every((row, i) => sameRow(row, b[i] as PackRow));
}

/**
 * What was read from one row, kept while the row is the same (same key as the answer's): when the
 * answer must be read again (another row changed), a row that did not change is not parsed, linted
 * or searched for its locale again.
 */
interface RowMemo {
  row: PackRow;
  checked?: Promise<Checked>;
  locale?: { value: unknown };
}
const rowMemos = new Map<string, RowMemo>();
const rowKey = (row: PackRow) => JSON.stringify([row.id, row.version]);

function memoOf(row: PackRow): RowMemo {
  const key = rowKey(row);
  const known = rowMemos.get(key);
  if (known && sameRow(known.row, row)) return known;
  const fresh: RowMemo = { row };
  rowMemos.set(key, fresh);
  return fresh;
}

/** Only the rows of the latest answer are kept (a parsed pack is large). */
function forgetRowsBut(rows: readonly PackRow[]): void {
  const keep = new Set(rows.map(rowKey));
  for (const key of rowMemos.keys()) if (!keep.has(key)) rowMemos.delete(key);
}

/**
 * The payload of a stored envelope, read by the same reader the gate used (issue 14 item 1): what
 * was verified is what is read, BOMs and bare developer packs included. Undefined when unreadable.
 */
export function storedPayload(envelope: string): string | undefined {
  return storedEnvelope(envelope)?.payload;
}

type Checked = { ok: true; pack: Pack } | { ok: false; unreadable: boolean; errors: PackError[] };

/**
 * The checks of the gate that a stored pack can fail later: the schema (its references and limits
 * included), and lint's errors. A bundled pack is vouched for by the build and its tests (the
 * default packs pass lint by test), so the panel's usual start does not lint 124 KB again; nor is a
 * pack this build's gate passed on import or sync (its row carries the mark, checked-mark.ts).
 */
function checkStored(row: PackRow): Promise<Checked> {
  const memo = memoOf(row);
  memo.checked ??= checkRow(row);
  return memo.checked;
}

async function checkRow(row: PackRow): Promise<Checked> {
  const parsed = parsePack(storedPayload(row.envelope));
  if (!parsed.ok) return { ok: false, unreadable: true, errors: parsed.errors };
  if (row.source === 'bundled' || (await checkedByThisBuild(row))) return { ok: true, pack: parsed.pack };
  const errors = lintErrors(lintPack(parsed.pack));
  if (errors.length > 0) return { ok: false, unreadable: false, errors };
  return { ok: true, pack: parsed.pack };
}

async function readActive(
  db: CallAssistDB,
  active: PackRow,
  rows: readonly PackRow[],
  consulted: Consulted,
): Promise<ActivePack> {
  const checked = await checkStored(active);
  if (checked.ok)
    return { ok: true, pack: checked.pack, source: active.source, activatedAt: active.activatedAt };
  const why = storeText.reason(active.version, checked);
  for (const row of await fallbacks(db, active, rows, consulted)) {
    const other = await checkStored(row);
    if (!other.ok) continue;
    return {
      ok: true,
      pack: other.pack,
      source: row.source,
      ...(row.activatedAt === undefined ? {} : { activatedAt: row.activatedAt }),
      notice: storeText.notice(active.version, other.pack.title, other.pack.version),
      reason: why,
    };
  }
  return { ok: false, message: why };
}

/**
 * What may stand in for a stored pack that fails: its earlier activated versions, newest first;
 * then, for a pack that is not itself a bundled one, the bundled default in its language.
 */
async function fallbacks(
  db: CallAssistDB,
  active: PackRow,
  rows: readonly PackRow[],
  consulted: Consulted,
): Promise<PackRow[]> {
  const earlier = rows
    .filter((r) => r.activatedAt !== undefined && r.version < active.version)
    .sort((a, b) => b.version - a.version);
  if (rows.some((r) => r.source === 'bundled')) return earlier;
  const locale = declaredLocale(active);
  consulted.bundled = await bundledRows(db);
  const bundled = [...consulted.bundled].sort(
    (a, b) => Number(declaredLocale(b) === locale) - Number(declaredLocale(a) === locale),
  );
  return [...earlier, ...bundled];
}

/** The locale a stored payload declares, read once per row (the sort above asks for it often). */
function declaredLocale(row: PackRow): unknown {
  const memo = memoOf(row);
  memo.locale ??= { value: readLocale(row.envelope) };
  return memo.locale.value;
}

function readLocale(envelope: string): unknown {
  try {
    return (JSON.parse(storedPayload(envelope) ?? 'null') as { locale?: unknown } | null)?.locale;
  } catch {
    return undefined;
  }
}

const storeText = {
  reason: (version: number, checked: Extract<Checked, { ok: false }>): LocalizedText => {
    const first = checked.errors[0];
    const say = (language: 'zh' | 'en') => (first ? formatPackError(first, language) : '');
    return checked.unreadable
      ? {
          zh: `已存储的话术包（第 ${version} 版）无法读取：${say('zh')}`,
          en: `The stored pack (version ${version}) cannot be read: ${say('en')}`,
        }
      : {
          zh: `已存储的话术包（第 ${version} 版）未通过本版本扩展新增的检查（${checked.errors.length} 处错误）：${say('zh')}`,
          en: `The stored pack (version ${version}) fails this version of the extension's checks (${checked.errors.length} error${checked.errors.length === 1 ? '' : 's'}): ${say('en')}`,
        };
  },
  // The agent's line: no ids, no lint paths; the admin reads the reason on the options page.
  notice: (failed: number, title: string, version: number): LocalizedText => ({
    zh: `话术包第 ${failed} 版未通过本版本扩展的检查，暂用「${title}」第 ${version} 版；请告知管理员发布修正版本`,
    en: `Pack version ${failed} fails this version of the extension's checks; “${title}” version ${version} is used meanwhile: tell your administrator to publish a fixed version`,
  }),
};
