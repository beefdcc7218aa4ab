import {
  csvCell,
  EXPORT_FORMAT,
  exportCsv,
  exportData,
  exportJson,
  importJson,
} from '../../../lib/db/export';
import { saveNote } from '../../../lib/db/notes';
import { callRow, closeAll, freshDb } from './helpers';

afterEach(closeAll);

const at = (iso: string) => Date.parse(`${iso}+08:00`);
const MARCH = { from: at('2026-03-01T00:00:00'), to: at('2026-04-01T00:00:00') };

async function seeded() {
  const db = await freshDb();
  await db.calls.bulkAdd([
    callRow({
      id: 'c-feb',
      startedAt: at('2026-02-27T10:00:00'),
      disposition: { id: 'NA', at: at('2026-02-27T10:01:00') },
    }),
    callRow({
      id: 'c-mar',
      startedAt: at('2026-03-02T10:00:00'),
      endedAt: at('2026-03-02T10:06:00'),
      phone: '+86 ***-****-8000',
      checklist: { identity: { at: at('2026-03-02T10:00:30'), by: 'line' } },
      objections: [{ objectionId: 'no-money', at: at('2026-03-02T10:02:00') }],
      promise: { amount: 123_405, date: '2026-03-15' },
      plan: {
        type: 'instalmentFlat',
        summary: '=6 期, "每期" ¥200',
        schedule: [{ date: '2026-04-15', amount: 20_000 }],
      },
      disposition: { id: 'PTP', at: at('2026-03-02T10:05:00'), reason: '-客户说\n下周' },
      flags: [{ flag: 'hardship', reason: '失业', at: at('2026-03-02T10:03:00') }],
    }),
  ]);
  await saveNote(
    db,
    { accountKey: 'CC20240001', callId: 'c-mar', text: '@客户, 说 "下周" 还\n手机 13800138000' },
    at('2026-03-02T10:06:00'),
  );
  await saveNote(db, { accountKey: 'CC20240001', text: '二月的笔记' }, at('2026-02-20T10:00:00'));
  return db;
}

describe('export', () => {
  it('exports the calls and notes of a date range as call-assist/export@1', async () => {
    const db = await seeded();
    const file = await exportData(db, MARCH, 42);
    expect(file.format).toBe(EXPORT_FORMAT);
    expect(file.exportedAt).toBe(42);
    expect(file.calls.map((call) => call.id)).toEqual(['c-mar']);
    expect(file.notes.map((note) => note.callId)).toEqual(['c-mar']);
  });

  it('round-trips: export → import into an empty database → export is identical', async () => {
    const source = await seeded();
    const everything = { from: 0, to: at('2027-01-01T00:00:00') };
    const first = await exportJson(source, everything, 1);
    const target = await freshDb();
    const imported = await importJson(target, first);
    expect(imported).toEqual({ ok: true, added: { calls: 2, notes: 2 }, skipped: { calls: 0, notes: 0 } });
    expect(await exportJson(target, everything, 1)).toBe(first);
    expect(await target.calls.toArray()).toEqual(await source.calls.toArray());
    expect(await target.notes.toArray()).toEqual(await source.notes.toArray());
  });

  it('writes CSV for Excel: BOM, CRLF, RFC 4180 quoting, formula cells neutralised, money in units', async () => {
    const db = await seeded();
    const { calls, notes } = await exportCsv(db, MARCH, { timeZone: 'Asia/Shanghai' });
    expect(calls.startsWith('\uFEFFid,accountKey,startedAt,')).toBe(true);
    expect(calls.endsWith('\r\n')).toBe(true);
    const callLine = calls.split('\r\n')[1] ?? '';
    expect(callLine).toContain('c-mar,CC20240001,2026-03-02 10:00:00,2026-03-02 10:06:00,');
    expect(callLine).toContain(',1234.05,2026-03-15,instalmentFlat,');
    expect(callLine).toContain(`,"'=6 期, ""每期"" ¥200",`);
    expect(calls).toContain(`"'-客户说\n下周"`);
    expect(callLine).toContain(',true,true,no-money,hardship');
    expect(notes.split('\r\n')[0]).toBe('\uFEFFid,accountKey,callId,createdAt,updatedAt,text,masked');
    expect(notes).toContain(`"'@客户, 说 ""下周"" 还\n手机 *******8000",phone:1`);
    expect(notes).not.toContain('二月的笔记');
  });

  it('quotes and neutralises single cells', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvCell('+1 415')).toBe("'+1 415");
    expect(csvCell('-5')).toBe("'-5");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\tx')).toBe("'\tx");
    expect(csvCell(-5)).toBe('-5');
    expect(csvCell(undefined)).toBe('');
    expect(csvCell(true)).toBe('true');
  });
});

describe('import', () => {
  async function snapshot(db: Awaited<ReturnType<typeof freshDb>>) {
    return { calls: await db.calls.toArray(), notes: await db.notes.toArray() };
  }

  it('merges without duplicates: rows already stored are skipped', async () => {
    const db = await seeded();
    const text = await exportJson(db, { from: 0, to: Number.MAX_SAFE_INTEGER });
    const before = await snapshot(db);
    expect(await importJson(db, text)).toEqual({
      ok: true,
      added: { calls: 0, notes: 0 },
      skipped: { calls: 2, notes: 2 },
    });
    expect(await snapshot(db)).toEqual(before);
  });

  it('masks personal data in imported notes', async () => {
    const db = await freshDb();
    const file = {
      format: EXPORT_FORMAT,
      exportedAt: 1,
      range: { from: 0, to: 10 },
      calls: [],
      notes: [
        { id: 'n1', accountKey: 'A', text: '卡 6225881234521234', masked: [], createdAt: 1, updatedAt: 1 },
      ],
    };
    expect((await importJson(db, JSON.stringify(file))).ok).toBe(true);
    expect(await db.notes.get('n1')).toMatchObject({
      text: '卡 622588******1234',
      masked: [{ kind: 'card', count: 1 }],
    });
  });

  const refusals: [string, string, RegExp][] = [
    ['not JSON', '{"format": "call-assist/export@1", ', /not valid JSON/],
    [
      'a foreign file',
      JSON.stringify({ format: 'other-tool/backup@3', rows: [] }),
      /not a Call Assist export.*other-tool/,
    ],
    [
      'a pack instead of an export',
      JSON.stringify({ format: 'call-assist/pack@1' }),
      /not a Call Assist export/,
    ],
    ['an array', '[]', /not a Call Assist export/],
    [
      'a broken row',
      JSON.stringify({
        format: EXPORT_FORMAT,
        exportedAt: 1,
        range: { from: 0, to: 1 },
        calls: [{ id: 'x', accountKey: 'A' }],
        notes: [],
      }),
      /not valid \(calls\.0\./,
    ],
    [
      'an unknown field',
      JSON.stringify({
        format: EXPORT_FORMAT,
        exportedAt: 1,
        range: { from: 0, to: 1 },
        calls: [],
        notes: [],
        extra: 1,
      }),
      /not valid/,
    ],
    [
      'the same id twice',
      JSON.stringify({
        format: EXPORT_FORMAT,
        exportedAt: 1,
        range: { from: 0, to: 1 },
        calls: [],
        notes: [
          { id: 'n1', accountKey: 'A', text: 'a', masked: [], createdAt: 1, updatedAt: 1 },
          { id: 'n1', accountKey: 'A', text: 'b', masked: [], createdAt: 1, updatedAt: 1 },
        ],
      }),
      /n1 twice/,
    ],
  ];

  it.each(refusals)('refuses %s with its reason and changes nothing', async (_, text, reason) => {
    const db = await seeded();
    const before = await snapshot(db);
    const result = await importJson(db, text);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message.en).toMatch(reason);
    expect(!result.ok && result.message.zh).toMatch(/未导入/);
    expect(await snapshot(db)).toEqual(before);
  });

  it('a write failing midway leaves nothing imported (one transaction)', async () => {
    const source = await seeded();
    const text = await exportJson(source, { from: 0, to: Number.MAX_SAFE_INTEGER });
    const db = await freshDb();
    vi.spyOn(db.notes, 'bulkAdd').mockRejectedValue(new DOMException('full', 'QuotaExceededError'));
    const result = await importJson(db, text);
    expect(!result.ok && result.message.en).toMatch(/storage is full/);
    expect(await db.calls.count()).toBe(0);
    vi.restoreAllMocks();
  });
});
