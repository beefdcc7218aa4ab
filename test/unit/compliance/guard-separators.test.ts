/**
 * Guard round 14 (red team): a forbidden phrase broken up by marks inside a word — 坐·牢, 坐-牢, 坐丶牢,
 * 坐😀牢, several marks mixed, full-width forms; `j.a.i.l`, `p-r-i-s-o-n`, `a r r e s t e d` — is
 * caught, the highlight covering what was typed marks and all, while clause boundaries and ordinary
 * text with marks (dates, phones, `A.S.A.P.`, `p.m.`) stay as they were. Every sentence is made up
 * for this test (no blind-set line); the table crosses separators with phrases of five categories.
 */

import { normaliseForMatch } from '@/lib/compliance/phrase-matcher';
import { checkNote, disclosesDebt, type ThirdPartyRule } from '@/lib/compliance/phrases';
import type { Rule } from '@/lib/pack/schema';
import { pack as enPack } from '../pack/default-en-pack';
import { pack as zhPack } from '../pack/default-zh-pack';

/** Marks a red-teamer puts between two characters: ASCII, full-width, CJK, emoji, symbols, runs, mixes. */
const ZH_SEPARATORS = [
  '·',
  '-',
  ' ',
  '_',
  '/',
  '.',
  '~',
  '*',
  '…',
  '丶',
  '｜',
  '|',
  '\\',
  '+',
  '=',
  '#',
  '%',
  '&',
  '^',
  '－',
  '＿',
  '／',
  '．',
  '～',
  '＊',
  '\u3000',
  '・',
  '•',
  '‧',
  '—',
  '——',
  '〜',
  '丨',
  '丿',
  'ー',
  '😀',
  '👍🏻',
  '❤️',
  '★',
  '♥',
  '→',
  '✔',
  '#️⃣',
  '🇨🇳',
  '\u20dd',
  '--',
  '~~~',
  '··',
  ' · ',
  ' - ',
  '-·_',
  '*~ /',
  '😀-😀',
  '\u200b·\u200b',
];

/** `|` marks where the separator goes: between every two characters of the phrase. */
const ZH_LINES: [category: string, line: string][] = [
  ['threat', '再不还就让|您|坐|牢'],
  ['threat', '我们会去|您|单|位找您'],
  ['privacy', '我们会翻您的通|讯|录'],
  ['privacy', '我们会曝|光|您'],
  ['falseLegal', '银行已经起|诉|您了'],
  ['falseLegal', '我们可以让公安拘|留|您'],
  ['insult', '您就是个老|赖'],
  ['insult', '您这种人真是不|要|脸'],
  ['thirdPartyDisclosure', '他|欠|了我们五万'],
];

/** `{word}` is spelled out letter by letter with the separator. */
const EN_SEPARATORS = [
  ' ',
  '.',
  '-',
  '_',
  '*',
  '/',
  '~',
  '·',
  '•',
  '+',
  '|',
  '…',
  '. ',
  ' - ',
  ' . ',
  '--',
  '*-',
  '．',
  '－',
  '＊',
  '\u3000',
  '🔥',
  '\u0332',
  '\u0336',
];

const EN_LINES: [categories: string[], line: string][] = [
  [['threat'], 'We will send you to {jail}'],
  [['threat'], 'You will go to {prison}'],
  [['threat'], 'We will {sue} you'],
  [['threat', 'falseLegal'], 'You will be {arrested} today'],
  [['falseLegal'], 'This is a {lawsuit} against you'],
  [['privacy'], 'Read me the {cvv} on the card'],
  [['insult'], 'You are a {deadbeat}'],
  [['insult'], 'You are an {idiot}'],
  [['thirdPartyDisclosure'], 'Tell him he {owes} us money'],
];

/**
 * Steps of a run: regex tests and map reads (the scan's trie walk, the kinds of units), counted on
 * the prototypes, so the bound holds however loaded the machine is.
 */
function steps(run: () => void): number {
  const { test } = RegExp.prototype;
  const { get } = Map.prototype;
  let count = 0;
  RegExp.prototype.test = function (this: RegExp, text: string) {
    count++;
    return test.call(this, text);
  };
  Map.prototype.get = function (this: Map<unknown, unknown>, key: unknown) {
    count++;
    return get.call(this, key);
  };
  try {
    run();
  } finally {
    RegExp.prototype.test = test;
    Map.prototype.get = get;
  }
  return count;
}

interface Written {
  text: string;
  /** Where the separators stand in `text`: the highlight must cover [from, to). */
  from: number;
  to: number;
}

function zhWritten(line: string, separator: string): Written {
  const from = line.indexOf('|');
  const text = line.replaceAll('|', separator);
  const to = text.length - (line.length - line.lastIndexOf('|') - 1);
  return { text, from, to };
}

function enWritten(line: string, separator: string): Written {
  const word = /\{(\w+)\}/.exec(line);
  if (!word?.[1]) throw new Error(`no {word} in ${line}`);
  const spelled = [...word[1]].join(separator);
  const from = word.index + 1;
  return { text: line.replace(word[0], spelled), from, to: from + spelled.length - 1 };
}

/** The agent's matches of an accepted category that cover every separator typed. */
function covering(written: Written, rules: readonly Rule[], categories: readonly string[]) {
  return checkNote(written.text, rules).filter(
    (m) =>
      m.speaker === 'agent' &&
      categories.includes(m.category) &&
      m.start <= written.from &&
      m.end >= written.to,
  );
}

const zhCases = ZH_LINES.flatMap(([category, line]) =>
  ZH_SEPARATORS.map((separator) => [category, line, separator] as const),
);
const enCases = EN_LINES.flatMap(([categories, line]) =>
  EN_SEPARATORS.map((separator) => [categories, line, separator] as const),
);

describe('a phrase broken up by marks inside a word', () => {
  it.each(ZH_LINES)(
    '%s: %s is flagged written whole (the table below tests the phrase, not the line)',
    (category, line) => {
      expect(covering(zhWritten(line, ''), zhPack.rules, [category])).not.toEqual([]);
    },
  );

  it.each(zhCases)('%s: %s with %j between its characters', (category, line, separator) => {
    const written = zhWritten(line, separator);
    expect(covering(written, zhPack.rules, [category]), written.text).not.toEqual([]);
  });

  it.each(EN_LINES)('%s: %s is flagged written whole', (categories, line) => {
    expect(covering(enWritten(line, ''), enPack.rules, categories)).not.toEqual([]);
  });

  it.each(enCases)('%s: %s spelled out with %j', (categories, line, separator) => {
    const written = enWritten(line, separator);
    expect(covering(written, enPack.rules, categories), written.text).not.toEqual([]);
  });

  it('highlights exactly what was typed, marks included, in the 您-form too', () => {
    const text = '再不还就让您坐·-·牢吧';
    const [match] = checkNote(text, zhPack.rules);
    expect(match && text.slice(match.start, match.end)).toBe('让您坐·-·牢');
    const en = 'We will put you in j.a.i.l soon';
    const [enMatch] = checkNote(en, enPack.rules);
    expect(enMatch && en.slice(enMatch.start, enMatch.end)).toBe('put you in j.a.i.l');
  });

  it('catches a disclosure word broken up the same way (one normaliser for every list)', () => {
    const rule = zhPack.rules.find((r): r is ThirdPartyRule => r.type === 'thirdParty');
    if (!rule) throw new Error('no thirdParty rule');
    const word = rule.discloses.find((w) => /^\p{Script=Han}{2,}$/u.test(w));
    if (!word) throw new Error('no Chinese disclosure word');
    const broken = [...word].join('·');
    expect(disclosesDebt(`麻烦转告一下，${broken}的事`, rule).map((m) => m.word)).toContain(word);
  });
});

describe('boundaries: a phrase is not read across a clause or sentence', () => {
  it.each([
    '，',
    '。',
    '！',
    '？',
    '；',
    '、',
    '：',
    ',',
    '!',
    '?',
    ';',
    ':',
    ', ',
    '-，-',
    '-\n',
    '\n-',
    '· \n ·',
  ])('让您坐%j牢 stays silent', (boundary) => {
    expect(checkNote(`再不还就让您坐${boundary}牢`, zhPack.rules)).toEqual([]);
  });

  it('a bare line break between two Han characters is read through, as before (a CRM line wrapped mid-word)', () => {
    expect(checkNote('再不还就让您坐\n牢', zhPack.rules).map((m) => m.category)).toContain('threat');
  });

  it.each([', ', '; ', ': ', '\n'])('a word spelled with %j between its letters stays apart', (boundary) => {
    expect(checkNote(`We will send you to ${[...'jail'].join(boundary)}`, enPack.rules)).toEqual([]);
  });

  it('a full stop before a space ends a sentence after an abbreviation', () => {
    expect(normaliseForMatch('Called at 9 a.m. I left a voicemail').text).toBe(
      'called at 9 a.m. i left a voicemail',
    );
    expect(normaliseForMatch('A.S.A.P. I will').text).toBe('asap. i will');
  });

  it('two one-letter words side by side stay two words', () => {
    expect(normaliseForMatch('plan B a week later, U.S. bank, p.m.').text).toBe(
      'plan b a week later, u.s. bank, p.m.',
    );
  });
});

describe('ordinary text with marks stays silent', () => {
  it.each([
    '客户坐-地铁来的，下午到',
    '还款日: 1/15',
    '还款日：2026-12-01',
    '客户电话 138-0013-8000',
    '1. 2. 3. 都已告知',
    '已告知：1. 还款日 2. 金额',
    '张三/李四都在家',
    '客户·张三已还款',
    '上午——客户说下周还',
    '短信~已发送',
    '【已还款】客户本人',
  ])('zh: %s', (text) => {
    expect(checkNote(text, zhPack.rules)).toEqual([]);
  });

  it.each([
    ['Will pay A.S.A.P.'],
    ['Payment from U.S. Bank received'],
    ['1. 2. 3. all explained'],
    ['Due 2026-12-01, callback 138-0013-8000'],
    ['Call back at 5 p.m.'],
    ['Called at 9 a.m. I left a voicemail'],
    ['Plan B a week later'],
    ["I'm calling about the payment plan"],
    ['Options A / B / C discussed'],
  ])('en: %s', (text) => {
    expect(checkNote(text, enPack.rules).map((m) => m.phrase)).toEqual([]);
  });
});

describe('a hostile note of marks', () => {
  it('100,000 marks inside a phrase: still one match over all of them', () => {
    const text = `让您坐${'·-😀'.repeat(33_334)}牢`;
    const [match] = checkNote(text, zhPack.rules);
    expect(match && [match.start, match.end]).toEqual([0, text.length]);
  });

  it('is read in work that grows with its length (4× the marks, about 4× the steps; counted, not timed)', () => {
    const hostile = (n: number) => '坐·-😀丶牢 j.a. i l , 。a. b. c.d'.repeat(n / 25);
    for (const rules of [zhPack.rules, enPack.rules]) {
      checkNote('', rules); // compiled before counting
      const small = steps(() => checkNote(hostile(25_000), rules));
      const large = steps(() => checkNote(hostile(100_000), rules));
      expect(large / small).toBeLessThan(4.5);
    }
  }, 60_000);

  it('100,000 marks are checked well within a generous limit', () => {
    const started = performance.now();
    checkNote('·-😀丶'.repeat(25_000), zhPack.rules);
    checkNote('j.a. i l '.repeat(11_112), enPack.rules);
    expect(performance.now() - started).toBeLessThan(20_000);
  }, 60_000);
});
