import { collectionStop } from '@/lib/compliance/collection-stop';
import type { AccountContext } from '@/lib/crm/context';
import type { Rule } from '@/lib/pack/schema';

const stop: Rule = {
  id: 'stop',
  type: 'stopFlag',
  title: 'Stop flags',
  source: 'policy',
  severity: 'block',
  field: 'flags',
  flags: [
    { flag: 'complaint', severity: 'block', label: '未结投诉', reason: '投诉处理完毕前暂停外呼' },
    { flag: 'dispute', severity: 'block', label: '账务争议', reason: '调查结论出来前暂停催收' },
    {
      flag: 'cease',
      severity: 'block',
      reason: '要求停止联系',
      unless: { field: 'planInDefault', op: 'eq', value: true },
    },
  ],
};

const context = (flags: string[], extra: AccountContext['fields'] = {}): AccountContext => ({
  adapterId: 'a',
  accountKey: 'K',
  fields: {
    flags: { raw: flags.join(','), value: flags, parse: 'list', source: { selector: '#f' } },
    ...extra,
  },
  problems: [],
  url: 'u',
  readAt: 0,
});

describe('collection stops (live-call walk 11 §2)', () => {
  it('for a dispute raised on the call, in the pack’s words', () => {
    expect(collectionStop({ rules: [stop] }, context([]), ['dispute'])).toEqual({
      flag: 'dispute',
      crisis: false,
      text: '账务争议：调查结论出来前暂停催收',
      label: '账务争议',
    });
  });

  it('for a dispute the CRM shows on the account, and without an account for the call’s flag', () => {
    expect(collectionStop({ rules: [stop] }, context(['DISPUTE']), [])?.flag).toBe('dispute');
    expect(collectionStop({ rules: [stop] }, null, ['dispute'])?.text).toBe(
      '账务争议：调查结论出来前暂停催收',
    );
  });

  it('not for a complaint alone, nor for no flag', () => {
    expect(collectionStop({ rules: [stop] }, context(['complaint']), ['complaint'])).toBeNull();
    expect(collectionStop({ rules: [stop] }, context([]), [])).toBeNull();
  });

  it('the crisis first; a flag the pack does not name still stops, with no words of the pack', () => {
    expect(collectionStop({ rules: [stop] }, context(['dispute']), ['crisis'])).toMatchObject({
      flag: 'crisis',
      crisis: true,
    });
    expect(collectionStop({ rules: [stop] }, context([]), ['deceased'])).toEqual({
      flag: 'deceased',
      crisis: false,
      text: null,
      label: null,
    });
  });

  it('not for a flag the pack lifts by its condition', () => {
    const lifted = context(['cease'], {
      planInDefault: { raw: 'true', value: true, parse: 'bool', source: { selector: '#d' } },
    });
    expect(collectionStop({ rules: [stop] }, lifted, [])).toBeNull();
    expect(collectionStop({ rules: [stop] }, context(['cease']), [])?.text).toBe('要求停止联系');
  });
});

/** A bank's own codes (reviews 2026-11, DOMAIN.md §3): nothing the code used to know by name. */
const bankCodes: Rule = {
  ...stop,
  flags: [
    { flag: 'TS', severity: 'block', label: '未结投诉', reason: '投诉处理完毕前暂停外呼' },
    { flag: 'CD', stops: 'collection', severity: 'block', label: '账务争议', reason: '调查前暂停催收' },
    { flag: 'ATTY', stops: 'collection', severity: 'block', label: '已委托律师', reason: '只与律师联系' },
    { flag: '已故', stops: 'collection', severity: 'block', label: '持卡人身故', reason: '按身故流程处理' },
    { flag: '止催', stops: 'collection', severity: 'block', reason: '客户要求停止催收' },
    { flag: '危机', stops: 'crisis', severity: 'block', label: '危机干预', reason: '停止催收，由主管跟进' },
    // A well-known code the pack says does not stop collection (its dispute only warns).
    { flag: 'dispute', stops: 'none', severity: 'warn', label: '有疑问', reason: '先核对账单' },
  ],
};

describe('collection stops follow the pack’s codes (stop12)', () => {
  it('for each code the pack marks, read in the pack’s words', () => {
    expect(collectionStop({ rules: [bankCodes] }, context(['ATTY']), [])).toEqual({
      flag: 'ATTY',
      crisis: false,
      text: '已委托律师：只与律师联系',
      label: '已委托律师',
    });
    expect(collectionStop({ rules: [bankCodes] }, context(['已故']), [])?.label).toBe('持卡人身故');
    expect(collectionStop({ rules: [bankCodes] }, context([]), ['CD'])?.flag).toBe('CD');
    expect(collectionStop({ rules: [bankCodes] }, context(['止催']), [])).toMatchObject({ label: null });
  });

  it('compares codes folded: full width, case and traditional characters', () => {
    expect(collectionStop({ rules: [bankCodes] }, context(['ａｔｔｙ']), [])?.flag).toBe('ATTY');
    expect(collectionStop({ rules: [bankCodes] }, context(['cd']), [])?.flag).toBe('CD');
    expect(collectionStop({ rules: [bankCodes] }, context(['TS', '止催']), [])?.flag).toBe('止催');
  });

  it('not for a code the pack does not mark, nor a well-known code it marks `none`', () => {
    expect(collectionStop({ rules: [bankCodes] }, context(['TS']), [])).toBeNull();
    expect(collectionStop({ rules: [bankCodes] }, context(['dispute']), ['dispute'])).toBeNull();
  });

  it('the crisis raised on the call reads as the pack’s crisis flag, whatever its code', () => {
    expect(collectionStop({ rules: [bankCodes] }, context(['ATTY']), ['crisis'])).toEqual({
      flag: '危机',
      crisis: true,
      text: '危机干预：停止催收，由主管跟进',
      label: '危机干预',
    });
    // The CRM's own crisis code is a crisis too, before any other stop.
    expect(collectionStop({ rules: [bankCodes] }, context(['CD', '危机']), [])?.crisis).toBe(true);
  });

  it('an old pack without `stops` keeps its well-known stops (and lifts them by condition)', () => {
    expect(stop.type === 'stopFlag' && stop.flags.every((f) => f.stops === undefined)).toBe(true);
    expect(collectionStop({ rules: [stop] }, context(['Dispute']), [])?.label).toBe('账务争议');
    expect(collectionStop({ rules: [stop] }, context(['complaint']), [])).toBeNull();
  });
});
