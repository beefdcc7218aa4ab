/**
 * Per-number stop flags read each number once: the dialled phone's line digits once per evaluation
 * (not once per listed number and flag), and each listed number's digits once, the same digits that
 * decided whether spaces cut the cell (the old code read every word to split, then every number
 * again, and the phone again, per flag). Counted through lineDigits.
 */

import { stopFlag } from '@/lib/compliance/rules/stop-flag';
import type { RuleOf } from '@/lib/compliance/types';
import type { FieldValue } from '@/lib/crm/context';
import { groupedListPieces, listItems } from '@/lib/crm/list-cell';
import { lineDigits } from '@/lib/privacy/phone-display';
import { account, STOP_FLAGS } from './fixtures';

vi.mock('@/lib/privacy/phone-display', async (original) => {
  const actual = await original<typeof import('@/lib/privacy/phone-display')>();
  return { ...actual, lineDigits: vi.fn(actual.lineDigits) };
});

const reads = vi.mocked(lineDigits);

const RULE: RuleOf<'stopFlag'> = {
  ...STOP_FLAGS,
  flags: [
    {
      flag: 'tp-no-contact',
      label: '第三方拒绝来电',
      severity: 'block',
      reason: '不得再拨此号码',
      numbersField: 'blocked',
    },
    {
      flag: 'no-work-calls',
      label: '勿打单位电话',
      severity: 'block',
      reason: '不拨打单位电话',
      numbersField: 'blocked',
    },
  ],
};

const PHONE = '+86 138 0013 8000';

function verdict(fields: Record<string, FieldValue>) {
  return stopFlag(RULE, {
    rules: [RULE],
    context: account({ phone: PHONE, flags: ['tp-no-contact', 'no-work-calls'], ...fields }),
    packTimezone: 'Asia/Shanghai',
    now: 0,
    history: [],
    call: null,
  });
}

describe('per-number flags read each number once', () => {
  it('reads the dialled phone once and each listed word once, for two flags naming the same list', () => {
    reads.mockClear();
    // Three words in groups (one number: read as words, then as the piece), then two whole numbers.
    const v = verdict({ blocked: '139 0000 1111，138-0013-8000; 02155550000' });
    expect(v.level).toBe('block');
    expect(v.numbers?.matched).toBe('tp-no-contact,no-work-calls');
    expect(reads.mock.calls.filter(([text]) => text === PHONE)).toHaveLength(1);
    expect(reads).toHaveBeenCalledTimes(1 + 3 + 1 + 1 + 1);
  });

  it('numbers written in groups with spaces between whole numbers still split and match', () => {
    expect(verdict({ blocked: '13900001111 13800138000' }).level).toBe('block');
    expect(verdict({ blocked: '139 0000 1111' }).level).toBe('ok');
    expect(verdict({ blocked: '无' }).level).toBe('ok');
    expect(verdict({ blocked: '' }).level).toBe('block');
  });
});

describe('one separator set for CRM list cells', () => {
  it.each([',', ';', '，', '、', '；'])('flags and numbers both split at %s', (sep) => {
    expect(listItems(`complaint${sep}cease`)).toEqual(['complaint', 'cease']);
    expect(groupedListPieces(`13800138000${sep}139 0000 1111`)).toEqual(['13800138000', '139 0000 1111']);
  });

  it('spaces cut codes but not the groups of a number; slashes and line breaks cut numbers', () => {
    expect(listItems('complaint  cease\nattorney')).toEqual(['complaint', 'cease', 'attorney']);
    expect(groupedListPieces('138 0013 8000／139 0000 1111\n021 5555 0000')).toEqual([
      '138 0013 8000',
      '139 0000 1111',
      '021 5555 0000',
    ]);
  });
});
