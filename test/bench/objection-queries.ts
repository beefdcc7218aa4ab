/**
 * Labelled queries for the objection-search benchmark: what an agent types while hearing the
 * customer, and the objection that should come up in the first three. Written from DOMAIN.md §4
 * (what customers say), not from one pack's triggers, so every pack is judged on the same set.
 */
export type QueryStyle = 'chinese' | 'pinyin' | 'initials' | 'english' | 'typo';

export interface LabelledQuery {
  query: string;
  /** Which default pack the query belongs to. */
  lang: 'zh' | 'en';
  style: QueryStyle;
  expect: string;
}

const zh = (style: QueryStyle, query: string, expect: string): LabelledQuery => ({
  query,
  lang: 'zh',
  style,
  expect,
});
const en = (style: QueryStyle, query: string, expect: string): LabelledQuery => ({
  query,
  lang: 'en',
  style,
  expect,
});

export const OBJECTION_QUERIES: readonly LabelledQuery[] = [
  // Chinese characters, as heard.
  zh('chinese', '没钱', 'no-money'),
  zh('chinese', '手头紧', 'no-money'),
  zh('chinese', '还不起', 'no-money'),
  zh('chinese', '失业', 'job-loss'),
  zh('chinese', '裁员', 'job-loss'),
  zh('chinese', '住院', 'illness'),
  zh('chinese', '生病', 'illness'),
  zh('chinese', '不是我的卡', 'not-my-debt'),
  zh('chinese', '已经还了', 'already-paid'),
  zh('chinese', '利息太高', 'fees-unfair'),
  zh('chinese', '减免', 'wants-reduction'),
  zh('chinese', '停息挂账', 'wants-reduction'),
  zh('chinese', '下个月', 'later'),
  zh('chinese', '一部分', 'partial-only'),
  zh('chinese', '骗子', 'scam'),
  zh('chinese', '盗刷', 'fraud'),
  zh('chinese', '开会', 'bad-time'),
  zh('chinese', '同事', 'third-party'),
  zh('chinese', '投诉', 'will-complain'),
  zh('chinese', '律师', 'attorney'),
  zh('chinese', '别再打', 'stop-calling'),
  zh('chinese', '起诉', 'sue-me'),
  zh('chinese', '坐牢', 'jail'),
  zh('chinese', '辱骂', 'abusive'),
  zh('chinese', '不想活', 'self-harm'),
  // IME homophone typos (the wrong character with the right sound).
  zh('typo', '没前', 'no-money'),
  zh('typo', '做牢', 'jail'),
  zh('typo', '投宿', 'will-complain'),
  // Full pinyin, no tones.
  zh('pinyin', 'meiqian', 'no-money'),
  zh('pinyin', 'shoutoujin', 'no-money'),
  zh('pinyin', 'shiye', 'job-loss'),
  zh('pinyin', 'zhuyuan', 'illness'),
  zh('pinyin', 'daoshua', 'fraud'),
  zh('pinyin', 'pianzi', 'scam'),
  zh('pinyin', 'tousu', 'will-complain'),
  zh('pinyin', 'lvshi', 'attorney'),
  zh('pinyin', 'zuolao', 'jail'),
  zh('pinyin', 'jianmian', 'wants-reduction'),
  zh('pinyin', 'lixi', 'fees-unfair'),
  zh('pinyin', 'qisu', 'sue-me'),
  zh('pinyin', 'buxianghuo', 'self-harm'),
  zh('pinyin', 'xiageyue', 'later'),
  zh('pinyin', 'huanbuqi', 'no-money'),
  zh('pinyin', 'kaihui', 'bad-time'),
  // Pinyin initials.
  zh('initials', 'mq', 'no-money'),
  zh('initials', 'stj', 'no-money'),
  zh('initials', 'sy', 'job-loss'),
  zh('initials', 'zy', 'illness'),
  zh('initials', 'ds', 'fraud'),
  zh('initials', 'pz', 'scam'),
  zh('initials', 'ts', 'will-complain'),
  zh('initials', 'ls', 'attorney'),
  zh('initials', 'zl', 'jail'),
  zh('initials', 'jm', 'wants-reduction'),
  zh('initials', 'bxhl', 'self-harm'),
  zh('initials', 'bfb', 'bad-time'),
  zh('initials', 'yjhl', 'already-paid'),
  zh('initials', 'bzd', 'stop-calling'),
  zh('initials', 'xgy', 'later'),
  zh('initials', 'ybf', 'partial-only'),
  // English.
  en('english', 'no money', 'no-money'),
  en('english', 'broke', 'no-money'),
  en('english', 'laid off', 'job-loss'),
  en('english', 'hospital', 'illness'),
  en('english', 'not my card', 'not-my-debt'),
  en('english', 'already paid', 'already-paid'),
  en('english', 'interest', 'fees-unfair'),
  en('english', 'discount', 'wants-reduction'),
  en('english', 'next month', 'later'),
  en('english', 'scam', 'scam'),
  en('english', 'fraud', 'fraud'),
  en('english', 'lawyer', 'attorney'),
  en('english', 'stop calling', 'stop-calling'),
  en('english', 'jail', 'jail'),
  en('english', 'kill myself', 'self-harm'),
  // English with one typo.
  en('typo', 'mony', 'no-money'),
  en('typo', 'unemplyed', 'job-loss'),
  en('typo', 'hosptial', 'illness'),
  en('typo', 'alredy paid', 'already-paid'),
  en('typo', 'intrest', 'fees-unfair'),
  en('typo', 'discuont', 'wants-reduction'),
  en('typo', 'scammr', 'scam'),
  en('typo', 'stolen card', 'fraud'),
  en('typo', 'bussy', 'bad-time'),
  en('typo', 'supervsor', 'will-complain'),
  en('typo', 'atorney', 'attorney'),
  en('typo', 'arested', 'jail'),
  en('typo', 'sucide', 'self-harm'),
  en('typo', 'wrong persn', 'not-my-debt'),
  en('typo', 'complian', 'will-complain'),
];
