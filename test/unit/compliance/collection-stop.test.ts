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
