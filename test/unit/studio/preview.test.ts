import zhPack from '@/lib/pack/defaults/zh-CN.json';
import { parsePack } from '@/lib/pack/parse';
import type { Adapter, Pack } from '@/lib/pack/schema';
import { selectSegment } from '@/lib/script/select';
import {
  changedLines,
  editedObjection,
  editedScript,
  keepObjections,
  packSample,
  previewCall,
  sampleAccount,
} from '@/lib/studio/preview';
import { firstAccount } from '@/lib/studio/preview-crm';

const parsed = parsePack(zhPack);
if (!parsed.ok) throw new Error('bundled pack invalid');
const pack = parsed.pack;
const adapter = pack.crm.adapters[0] as Adapter;

const withLine = (id: string, text: string): Pack => {
  const copy = structuredClone(pack);
  for (const script of copy.scripts)
    for (const stage of script.stages) for (const line of stage.lines) if (line.id === id) line.text = text;
  return copy;
};

describe('sampleAccount', () => {
  it('reads the sample as the page text, with the adapter’s own parsers', () => {
    const context = sampleAccount(adapter, 5);
    expect(context?.accountKey).toBe('CC20240001');
    expect(context?.fields.overdueAmount?.value).toBe(1_234_567);
    expect(context?.fields.dpd?.value).toBe(75);
    expect(context?.fields.hardship?.value).toBe(false);
    expect(context?.fields.dpd?.source).toEqual({ label: '逾期天数' });
    expect(context?.readAt).toBe(5);
    // Fields the sample leaves out are missing, as on a page that lacks them.
    expect(context?.problems).toContainEqual({ field: 'attemptsToday', problem: 'missing', required: false });
  });

  it('says which sample values the adapter could not read, and needs an account key', () => {
    const bad: Adapter = { ...adapter, sample: { accountKey: 'K1', dpd: 'seventy' } };
    expect(sampleAccount(bad, 0)?.problems).toContainEqual({
      field: 'dpd',
      problem: 'unparseable',
      required: true,
      raw: 'seventy',
    });
    expect(sampleAccount({ ...adapter, sample: { name: 'x' } }, 0)).toBeNull();
    expect(
      packSample({ ...pack, crm: { ...pack.crm, adapters: [{ ...adapter, sample: {} }] } }, 0),
    ).toBeNull();
  });
});

describe('previewCall', () => {
  it('forces a segment the pack has, and only such a segment', () => {
    const context = sampleAccount(adapter, 0);
    if (!context) throw new Error('no sample');
    const forced = previewCall(pack, context, 'seg-early', 0);
    expect(selectSegment(pack, context, forced.segmentOverride?.to)?.segment.id).toBe('seg-early');
    expect(previewCall(pack, context, 'no-such-segment', 0).segmentOverride).toBeUndefined();
    // Not forced: the segment the account's conditions choose, as the panel records on a new call.
    expect(previewCall(pack, context, undefined, 0).segmentId).toBe('seg-late');
    expect(previewCall(pack, context, undefined, 0)).toMatchObject({ linesSaid: [], checklist: {} });
  });
});

describe('changedLines and editedScript', () => {
  it('marks new and reworded lines of the script against the opened version', () => {
    const draft = withLine('l-identify-who', '新的话');
    const script = draft.scripts.find((s) => s.id === 'script-late');
    if (!script) throw new Error('no script');
    expect([...changedLines(script, pack)]).toEqual(['l-identify-who']);
    script.stages[0]?.lines.push({ id: 'l-new', kind: 'say', text: '新增' });
    expect([...changedLines(script, pack)]).toEqual(['l-identify-who', 'l-new']);
    expect(changedLines(script, undefined).size).toBe(0);
  });

  it('names the script the last edit touched', () => {
    expect(editedScript(pack, withLine('h-identify-greet', '改了'))).toBe('script-hardship');
    expect(editedScript(pack, withLine('e-identify-greet', '改了'))).toBe('script-early');
    expect(editedScript(pack, structuredClone(pack))).toBeUndefined();
  });
});

describe('firstAccount', () => {
  it('takes the most recently used tab that shows an account', () => {
    const context = sampleAccount(adapter, 0);
    if (!context) throw new Error('no sample');
    const reports = new Map([
      [1, null],
      [2, { kind: 'none' as const, adapterId: null, url: '', readAt: 0, reason: 'x' }],
      [3, { kind: 'account' as const, context }],
    ]);
    expect(firstAccount([1, 2, 3], reports)).toBe(context);
    expect(firstAccount([1, 2], reports)).toBeNull();
  });
});

describe('keepObjections', () => {
  it('keeps the previous objection list while the objections are unchanged', () => {
    const next = withLine('l-identify-who', '新的话');
    expect(keepObjections(pack, next).objections).toBe(pack.objections);
    expect(keepObjections(pack, next).scripts).toBe(next.scripts);
    const retitled = structuredClone(pack);
    if (retitled.objections[0]) retitled.objections[0].title = '改了';
    expect(keepObjections(pack, retitled).objections).toBe(retitled.objections);
    expect(keepObjections(undefined, next)).toBe(next);
  });
});

describe('editedObjection', () => {
  it('names the first objection that differs, or none', () => {
    const next = structuredClone(pack);
    const second = next.objections[1];
    if (!second) throw new Error('no objection');
    second.triggers = [...second.triggers, '新触发词'];
    expect(editedObjection(pack, next)).toBe(second.id);
    expect(editedObjection(pack, structuredClone(pack))).toBeUndefined();
    expect(editedObjection(pack, pack)).toBeUndefined();
  });
});
