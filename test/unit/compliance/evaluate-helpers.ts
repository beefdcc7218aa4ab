/** Inputs for one rule at a time, shared by the evaluate tests. */
import { expect } from 'vitest';
import {
  type CallAttempt,
  type ComplianceInput,
  evaluateRules,
  type Verdict,
} from '../../../lib/compliance/evaluate';
import type { Rule } from '../../../lib/pack/schema';
import { account, at } from './fixtures';

export const SHANGHAI_DEBTOR = account({ phone: '13800138000', region: '上海市', timezone: 'Asia/Shanghai' });
export const NEW_YORK_DEBTOR = account(
  { phone: '2125550100', timezone: 'America/New_York' },
  { accountKey: 'US-1' },
);

export function input(partial: Partial<ComplianceInput>): ComplianceInput {
  return {
    rules: [],
    context: SHANGHAI_DEBTOR,
    packTimezone: 'Asia/Shanghai',
    now: at('2026-06-15T10:00', '+08:00'),
    history: [],
    call: null,
    ...partial,
  };
}

export function only(rule: Rule, partial: Partial<ComplianceInput>): Verdict {
  const verdicts = evaluateRules(input({ rules: [rule], ...partial }));
  expect(verdicts).toHaveLength(1);
  return verdicts[0] as Verdict;
}

export function attempts(n: number, when: number, extra: Partial<CallAttempt> = {}): CallAttempt[] {
  return Array.from({ length: n }, (_, i) => ({
    at: when + i * 60_000,
    accountKey: 'CC20240001',
    phone: '13800138000',
    answered: false,
    conversation: false,
    ...extra,
  }));
}
