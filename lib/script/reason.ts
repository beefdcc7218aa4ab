/**
 * Why a segment was chosen, in plain words (issue 15 item 4): "逾期天数 75，不少于 61" instead of
 * "逾期天数 75 ≥ 61" or "¬(逾期天数 12 < 0)". Only the parts that held are named.
 */
import { type ConditionFacts, holds } from '../pack/condition';
import type { Condition, ConditionValue } from '../pack/schema';
import { flagWord } from './flag-words';

type Op = 'eq' | 'ne' | 'gt' | 'gte' | 'lt' | 'lte' | 'in' | 'exists';
const NEGATED: Record<Op, Op> = {
  eq: 'ne',
  ne: 'eq',
  gt: 'lte',
  gte: 'lt',
  lt: 'gte',
  lte: 'gt',
  in: 'in',
  exists: 'exists',
};

interface Words {
  join: string;
  yes: string;
  no: string;
  missing: string;
  compare: Record<'gt' | 'gte' | 'lt' | 'lte', string>;
  is: (label: string, value: string) => string;
  isNot: (label: string, value: string) => string;
  oneOf: (label: string, actual: string, values: string) => string;
  notOneOf: (label: string, actual: string, values: string) => string;
  flagged: (flag: string) => string;
  notFlagged: (flag: string) => string;
  not: (inner: string) => string;
}

const ZH: Words = {
  join: '，',
  yes: '是',
  no: '否',
  missing: '未读到',
  compare: { gt: '超过', gte: '不少于', lt: '少于', lte: '不超过' },
  is: (label, value) => `${label}：${value}`,
  isNot: (label, value) => `${label}不是 ${value}`,
  oneOf: (label, actual, values) => `${label} ${actual}，属于 ${values}`,
  notOneOf: (label, actual, values) => `${label} ${actual}，不属于 ${values}`,
  flagged: (flag) => `账户标记：${flag}`,
  notFlagged: (flag) => `没有「${flag}」标记`,
  not: (inner) => `并非（${inner}）`,
};

const EN: Words = {
  join: '; ',
  yes: 'yes',
  no: 'no',
  missing: 'not read',
  compare: { gt: 'more than', gte: 'at least', lt: 'less than', lte: 'at most' },
  is: (label, value) => `${label}: ${value}`,
  isNot: (label, value) => `${label} is not ${value}`,
  oneOf: (label, actual, values) => `${label} ${actual}, one of ${values}`,
  notOneOf: (label, actual, values) => `${label} ${actual}, none of ${values}`,
  flagged: (flag) => `account flag: ${flag}`,
  notFlagged: (flag) => `no “${flag}” flag`,
  not: (inner) => `not (${inner})`,
};

export function reasonInWords(
  condition: Condition,
  facts: ConditionFacts,
  label: (field: string) => string,
  locale: string,
  /** A flag's name for the agent (the pack's label); the built-in word when not given. */
  flagLabel: (flag: string) => string = (flag) => flagWord(flag, locale),
): string {
  const words = locale.startsWith('zh') ? ZH : EN;
  const text = (value: ConditionValue | undefined | unknown): string => {
    if (value === true) return words.yes;
    if (value === false) return words.no;
    if (value === undefined || value === null) return words.missing;
    return Array.isArray(value) ? value.join('、') : String(value);
  };
  const say = (c: Condition, negate: boolean): string => {
    if ('all' in c) {
      if (negate) return words.not(c.all.map((x) => say(x, false)).join(words.join));
      return c.all.map((x) => say(x, false)).join(words.join);
    }
    if ('any' in c) {
      if (negate) return words.not(c.any.map((x) => say(x, false)).join(words.join));
      const met = c.any.find((x) => holds(x, facts));
      return met ? say(met, false) : '';
    }
    if ('not' in c) return say(c.not, !negate);
    const op = negate ? NEGATED[c.op] : c.op;
    const actual = facts[c.field];
    const name = label(c.field);
    if (Array.isArray(actual) && (op === 'eq' || op === 'ne')) {
      const flag = flagLabel(text(c.value));
      return op === 'eq' ? words.flagged(flag) : words.notFlagged(flag);
    }
    switch (op) {
      case 'gt':
      case 'gte':
      case 'lt':
      case 'lte':
        return `${name} ${text(actual)}${words.join}${words.compare[op]} ${text(c.value)}`;
      case 'eq':
        return words.is(name, text(actual));
      case 'ne':
        return words.isNot(name, text(c.value));
      case 'in':
        return negate
          ? words.notOneOf(name, text(actual), text(c.value))
          : words.oneOf(name, text(actual), text(c.value));
      default:
        return words.is(name, text(actual));
    }
  };
  return say(condition, false);
}
