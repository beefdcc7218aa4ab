import fc from 'fast-check';
import {
  findForbiddenPhrases,
  lintPackPhrases,
  lintThirdPartyLines,
  normaliseForMatch,
} from '../../../lib/compliance/phrases';
import { packSchema, type Rule } from '../../../lib/pack/schema';
import { FORBIDDEN, pack, THIRD_PARTY } from './fixtures';

const RULES: Rule[] = [FORBIDDEN];

function found(text: string) {
  return findForbiddenPhrases(text, RULES).map((m) => ({
    written: text.slice(m.start, m.end),
    phrase: m.phrase,
    category: m.category,
  }));
}

describe('normaliseForMatch', () => {
  it.each([
    ['ＡＢＣ１２３！', 'abc123!'],
    ['You Will', 'you will'],
    ['坐 牢', '坐牢'],
    ['坐\u3000牢', '坐牢'],
    ['坐\n\t牢', '坐牢'],
    ['你 will 坐牢', '你will坐牢'],
    ['you   will\ngo', 'you will go'],
    ['  lead and trail  ', 'lead and trail'],
    ['坐\u200b牢', '坐牢'],
  ])('%j → %j', (text, norm) => {
    expect(normaliseForMatch(text).text).toBe(norm);
  });

  it('maps every normalised unit back to an original range', () => {
    const n = normaliseForMatch('Ａ 坐 牢');
    expect(n.text).toBe('a坐牢');
    expect(n.starts).toEqual([0, 2, 4]);
    expect(n.ends).toEqual([1, 3, 5]);
  });
});

describe('findForbiddenPhrases', () => {
  it.each([
    ['plain Chinese', '你再不还钱就去坐牢', [{ written: '坐牢', phrase: '坐牢', category: 'threat' }]],
    ['longest wins', '再不还就让你坐牢', [{ written: '让你坐牢', phrase: '让你坐牢', category: 'threat' }]],
    [
      'spaces between CJK',
      '让 你 坐 牢',
      [{ written: '让 你 坐 牢', phrase: '让你坐牢', category: 'threat' }],
    ],
    ['ideographic space', '坐　牢', [{ written: '坐　牢', phrase: '坐牢', category: 'threat' }]],
    ['full-width Latin', 'ＪＡＩＬ', [{ written: 'ＪＡＩＬ', phrase: 'jail', category: 'threat' }]],
    [
      'mixed case phrase',
      'Listen: You Will Go To JAIL.',
      [{ written: 'You Will Go To JAIL', phrase: 'you will go to jail', category: 'threat' }],
    ],
    [
      'extra spaces and a line break in English',
      'you  will go\nto   jail',
      [{ written: 'you  will go\nto   jail', phrase: 'you will go to jail', category: 'threat' }],
    ],
    ['an inflection', 'he gets jailed', [{ written: 'jail', phrase: 'jail', category: 'threat' }]],
    [
      'zero-width space inside',
      '老\u200b赖',
      [{ written: '老\u200b赖', phrase: '老赖', category: 'insult' }],
    ],
    [
      'several categories in order',
      '你这个老赖，法院传票明天到',
      [
        { written: '老赖', phrase: '老赖', category: 'insult' },
        { written: '法院传票', phrase: '法院传票', category: 'falseLegal' },
      ],
    ],
    ['full-width mixed with CJK', '会 被 抓 你', [{ written: '抓 你', phrase: '抓你', category: 'threat' }]],
    ['a word that only starts with a phrase', 'let me assist you', []],
    ['a word that contains a phrase', 'that is not an issue', []],
    ['clean text', '客户承诺 6 月 20 日还款 ¥1,234.50', []],
    ['empty', '', []],
  ])('%s', (_name, text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it('gives the compliant wording and the rule id', () => {
    const [m] = findForbiddenPhrases('要坐牢的', RULES);
    expect(m).toMatchObject({
      start: 1,
      end: 3,
      ruleId: 'phrases',
      instead: expect.stringContaining('民事纠纷'),
    });
  });

  it('no forbiddenPhrases rule → nothing found', () => {
    expect(findForbiddenPhrases('坐牢', [THIRD_PARTY])).toEqual([]);
  });

  it('property: a phrase hidden by case, width and CJK spacing is found where it was written', () => {
    const phrases = ['让你坐牢', '法院传票', 'deadbeat', 'arrest warrant'];
    const filler = fc.constantFrom('您好', '，', '请在本月还款。', 'hello ', ' ', '123');
    fc.assert(
      fc.property(
        fc.constantFrom(...phrases),
        fc.array(filler, { maxLength: 4 }),
        fc.array(filler, { maxLength: 4 }),
        fc.array(fc.constantFrom('upper', 'full', 'space', 'none'), { minLength: 16, maxLength: 16 }),
        (phrase, before, after, disguises) => {
          let disguised = '';
          for (const [i, ch] of [...phrase].entries()) {
            const how = disguises[i % disguises.length];
            if (how === 'upper') disguised += ch.toUpperCase();
            else if (how === 'full' && /[a-z]/.test(ch))
              disguised += String.fromCharCode(ch.charCodeAt(0) + 0xfee0);
            else if (how === 'space' && /\p{Script=Han}/u.test(ch) && i > 0) disguised += ` ${ch}`;
            else disguised += ch;
          }
          const prefix = `${before.join('')} `;
          const text = `${prefix}${disguised} ${after.join('')}`;
          const matches = findForbiddenPhrases(text, RULES);
          const hit = matches.find((m) => m.phrase === phrase);
          return (
            hit !== undefined && hit.start === prefix.length && text.slice(hit.start, hit.end) === disguised
          );
        },
      ),
    );
  });
});

describe('lintPackPhrases', () => {
  const linted = pack({
    scripts: [
      {
        id: 's',
        name: 'Script',
        stages: [
          {
            id: 'open',
            title: '开场',
            phase: 'identify',
            lines: [{ id: 'l1', kind: 'say', text: '您好，我是{{agent.name}}' }],
          },
          {
            id: 'push',
            title: '老赖处理',
            phase: 'escalate',
            lines: [
              { id: 'l2', kind: 'say', text: '请按时还款' },
              { id: 'l3', kind: 'say', text: '不还就让你坐牢' },
            ],
          },
        ],
      },
    ],
    objections: [
      {
        id: 'jail',
        category: 'legal',
        title: '会坐牢吗',
        triggers: ['坐牢'],
        say: ['信用卡欠款是民事纠纷，不会因此坐牢。', '您放心。'],
        do: ['Tell them a deadbeat goes to jail'],
        never: ['你会坐牢', 'you will go to jail'],
      },
    ],
  });

  it('the fixture pack is a valid pack', () => {
    expect(packSchema.safeParse(linted).success).toBe(true);
  });

  it('finds phrases in stage titles, lines, objection say and do, with their JSON path; never is exempt; titles of objections are not lines', () => {
    const findings = lintPackPhrases(linted).map((f) => [f.path, f.phrase, f.category]);
    expect(findings).toEqual([
      ['scripts[0].stages[1].title', '老赖', 'insult'],
      ['scripts[0].stages[1].lines[1].text', '让你坐牢', 'threat'],
      ['objections[0].say[0]', '坐牢', 'threat'],
      ['objections[0].do[0]', 'deadbeat', 'insult'],
      ['objections[0].do[0]', 'jail', 'threat'],
    ]);
  });

  it('a clean pack has no findings', () => {
    expect(lintPackPhrases(pack())).toEqual([]);
  });

  it('carries the text and offsets so the linter can quote it', () => {
    const [first] = lintPackPhrases(linted);
    expect(first?.text.slice(first.start, first.end)).toBe('老赖');
  });
});

describe('lintThirdPartyLines', () => {
  it('finds debt words in what a third party hears, not in do-guidance or other phases', () => {
    const p = pack({
      scripts: [
        {
          id: 's',
          name: 'Script',
          stages: [
            {
              id: 'open',
              title: '开场',
              phase: 'identify',
              lines: [{ id: 'l1', kind: 'say', text: '关于您的欠款' }],
            },
            {
              id: 'tp',
              title: '第三方',
              phase: 'thirdParty',
              lines: [
                { id: 'l2', kind: 'say', text: '请转告他回电，谢谢。' },
                { id: 'l3', kind: 'say', text: '他的信用卡逾期了' },
                { id: 'l4', kind: 'do', text: '不要提及欠款' },
              ],
            },
          ],
        },
      ],
    });
    expect(lintThirdPartyLines(p).map((f) => [f.path, f.word])).toEqual([
      ['scripts[0].stages[1].lines[1].text', '逾期'],
    ]);
    expect(lintThirdPartyLines(pack({ rules: [FORBIDDEN] }))).toEqual([]);
  });
});
