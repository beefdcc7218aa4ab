import type { CallStart } from '../../../lib/db/calls';
import type { CallRecord } from '../../../lib/db/records';
import { type CallAssistDB, openDb } from '../../../lib/db/schema';
import type { Disposition } from '../../../lib/pack/schema';

const opened: CallAssistDB[] = [];

/** A database of its own for each test (fake-indexeddb is shared by the whole file). */
export async function freshDb(): Promise<CallAssistDB> {
  const db = await openDb(`test-${crypto.randomUUID()}`);
  opened.push(db);
  return db;
}

export function closeAll(): void {
  for (const db of opened.splice(0)) db.close();
}

export const start: CallStart = {
  accountKey: 'CC20240001',
  adapterId: 'demo-crm',
  packId: 'default-zh-CN',
  packVersion: 3,
  segmentId: 'm2-standard',
  phone: '13800138000',
};

export function callRow(overrides: Partial<CallRecord> & Pick<CallRecord, 'id' | 'startedAt'>): CallRecord {
  return {
    accountKey: 'CC20240001',
    adapterId: 'demo-crm',
    packId: 'default-zh-CN',
    packVersion: 3,
    segmentId: 'm2-standard',
    stages: [],
    linesSaid: [],
    checklist: {},
    objections: [],
    overrides: [],
    answered: true,
    conversation: true,
    flags: [],
    ...overrides,
  };
}

/** The default packs' dispositions (DOMAIN.md §6) with their requirements. */
export const DISPOSITIONS: Disposition[] = [
  { id: 'PTP', label: '承诺还款', requires: ['amount', 'date'], conversation: true },
  { id: 'PAID', label: '已还款', conversation: true, paid: true },
  { id: 'PART', label: '部分还款', requires: ['amount'], conversation: true, paid: true },
  { id: 'PLAN', label: '分期', conversation: true },
  { id: 'CB', label: '预约回电', requires: ['callbackAt'], conversation: true },
  { id: 'RTP', label: '拒绝还款', requires: ['reason'], conversation: true },
  { id: 'TPC', label: '第三方', conversation: false },
  { id: 'NA', label: '无人接听', conversation: false },
  { id: 'VM', label: '语音信箱', conversation: false },
];

/** 2026-03-10 10:00 in Shanghai. */
export const NOW = Date.parse('2026-03-10T10:00:00+08:00');
export const TZ = 'Asia/Shanghai';
