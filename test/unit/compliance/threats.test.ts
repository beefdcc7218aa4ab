/**
 * Issue 12 §10: threats of every class in the review, written the way agents speak (polite 您
 * forms, variants, invisible characters inside), are caught by the shipped lists; notes recording
 * what the customer said stay free of violations. Most sentences here are our own, beyond the
 * review's examples.
 */

import { checkNote, findForbiddenPhrases, lintPackPhrases, phraseVariants } from '@/lib/compliance/phrases';
import enPack from '@/lib/pack/defaults/en-US.json';
import zhPack from '@/lib/pack/defaults/zh-CN.json';
import { parsePack } from '@/lib/pack/parse';
import type { Pack } from '@/lib/pack/schema';

function load(raw: unknown): Pack {
  const parsed = parsePack(raw);
  if (!parsed.ok) throw new Error(parsed.errors[0]?.message.en);
  return parsed.pack;
}
const zh = load(zhPack);
const en = load(enPack);

/** Invisible characters an editor or an IME can leave inside a word. */
const ZWSP = '\u200b';
const WORD_JOINER = '\u2060';
const CGJ = '\u034f';
const VS16 = '\ufe0f';
const LRM = '\u200e';
const RLO = '\u202e';
const SOFT_HYPHEN = '\u00ad';

const ZH_THREATS: [string, string][] = [
  // Written after the lists were extended, as a reviewer would (integration check, this session).
  ['jail, slang', '这事要是闹大了，您可就得进去蹲几年'],
  ['exposure on social media', '信不信我把您欠钱的事发到您朋友圈'],
  ['borrowing from an online lender', '建议您去网贷平台借点先把这个还上'],
  ['telling the family, zero-width joiner inside', '您要\u200d是再拖着，我们只能通知您家里人了'],
  ['jail, polite form', '您再不还，我们就让您去坐牢'],
  ['jail, variant', '这样拖下去您迟早要坐牢的'],
  ['jail, other word', '到时候把您送进监狱可别怪我们'],
  ['workplace visit', '明天我们的人就去您公司找您'],
  ['home-town visit', '我们会派人到您老家了解情况'],
  ['field visit', '已经给您安排外访了'],
  ['tell the employer', '我们会联系您单位领导说明情况'],
  ['tell the family', '那我只好通知您父母了'],
  ['malicious overdraft', '您这已经构成恶意透支了'],
  ['criminal liability', '再不处理要追究您的刑事责任'],
  ['handed to police', '您的案子马上移交公安'],
  ['police shape', '到时候警察会直接上门找您'],
  ['economic police', '经侦那边已经在看您的材料了'],
  ['exposure', '我们会把您的情况挂到网上'],
  ['publicity', '您的名字会在小区公示'],
  ['credit black for life', '您的征信这辈子都毁了，一辈子贷不了款'],
  ['credit black', '征信马上就黑了'],
  ['court next week', '下周法院就要开庭起诉您'],
  ['court tomorrow', '明天就起诉您'],
  ['borrow from relatives', '您可以先找亲戚借一点还上'],
  ['borrow from friends', '跟朋友周转借点钱先还我们'],
  ['new online loan', '实在不行借网贷也得还'],
  ['private WeChat', '您加我微信，我们私下处理'],
  ['pay to my account', '钱直接转到我个人账户上就行'],
  ['judgement defaulter', '您会被列入失信被执行人'],
  ['travel ban', '以后您坐不了飞机也出不了国'],
  ['high consumption', '法院会对您限制高消费'],
  ['last notice', '这是最后通知，后果很严重'],
  ['invisible chars inside', `让您${ZWSP}坐${WORD_JOINER}牢`],
  ['bidi and variation selector', `恶${LRM}意${VS16}透${CGJ}支`],
  ['full-width and spaces', '让 您 坐 牢'],
  ['soft hyphen and RLO', `失${SOFT_HYPHEN}信${RLO}被执行人`],
];

const EN_THREATS: [string, string][] = [
  ['arrest, modal', 'You could be arrested for this.'],
  ['wage garnishment', 'We will garnish your wages starting next month.'],
  ['garnishment noun', 'A garnishment order is being prepared.'],
  ['lawsuit', 'Our office is ready to file a lawsuit this week.'],
  ['legal team', 'Your file goes to our legal team tomorrow.'],
  ['pre-legal', 'This account is now in pre-legal status.'],
  ["attorney's office", "I'm calling from the attorney's office."],
  ['law firm', 'We are working with a law firm on your case.'],
  ['expiring offer', 'This discount is today only, after that it is gone.'],
  ['lien', 'We can put a lien on your property.'],
  ['levy', 'The bank will levy your checking account.'],
  ['fraud charges', 'You could be charged with fraud for this.'],
  ['criminal', 'Not paying is a criminal matter.'],
  ['boss', 'Maybe your boss should hear about this.'],
  ['HR', 'I will call your HR department.'],
  ['final notice', 'Consider this your final notice.'],
  ['tax refund', 'We will take your tax refund.'],
  ['police shape', 'The police will arrest you if you do not pay.'],
  ['judgment', 'There will be a judgment against you.'],
  ['posing as lawyer', "I'm a lawyer and I can tell you this is serious."],
  ['invisible chars', `We will gar${ZWSP}nish your wages.`],
  ['full-width', 'ＷＥ ＷＩＬＬ ＧＡＲＮＩＳＨ your pay'],
  ['case and bidi', `FINAL${LRM} NOTICE`],
];

describe('threats agents actually say are caught', () => {
  it.each(ZH_THREATS)('zh: %s', (_name, sentence) => {
    expect(findForbiddenPhrases(sentence, zh.rules).length, sentence).toBeGreaterThan(0);
  });
  it.each(EN_THREATS)('en: %s', (_name, sentence) => {
    expect(findForbiddenPhrases(sentence, en.rules).length, sentence).toBeGreaterThan(0);
  });
  it('marks exactly the written characters, invisible ones included', () => {
    const text = `好的。让您${ZWSP}坐牢`;
    const [m] = findForbiddenPhrases(text, zh.rules);
    expect(m && text.slice(m.start, m.end)).toBe(`让您${ZWSP}坐牢`);
  });
});

const ZH_NOTES: [string, string][] = [
  ['customer reported to police', '客户说他已经报警了，要求我们不要再打。'],
  ['customer asks about jail', '客户问会不会坐牢，已按话术解释属于民事。'],
  ['customer insult quoted', '客户原话：“你们这帮人就是老赖的帮凶”。'],
  ['customer lawyer letter', '客户称律师函已经寄给我行法务。'],
  ['complaint about contacts', '客户投诉："你们凭什么通知我家人"'],
  ['spouse at police station', '家属说她在派出所上班，稍后转告。'],
  ['quoted in corner brackets', '客户表示「再打就曝光你们」。'],
];

const EN_NOTES: [string, string][] = [
  ['customer mentions police', 'Customer said he will call the police if we call again.'],
  [
    'customer asks about arrest',
    'Cust asked whether there is a warrant for his arrest; explained it is a civil debt.',
  ],
  ['customer quote', 'CH stated "my lawyer says you will garnish nothing".'],
  ['social media', 'Customer said she will post it on social media.'],
];

describe("notes that record the customer's words stay free of violations", () => {
  it.each([
    ...ZH_NOTES.map(([n, t]) => [n, t, zh] as const),
    ...EN_NOTES.map(([n, t]) => [n, t, en] as const),
  ])('%s', (_name, note, pack) => {
    const matches = checkNote(note, pack.rules);
    expect(
      matches.filter((m) => m.speaker === 'agent'),
      note,
    ).toEqual([]);
  });

  it.each([
    ['the agent’s own threat after the customer’s words', '客户说他已经报警了。我告诉他明天就起诉他。', zh],
    ['an agent threat with no attribution', '已告知客户再不还款就让您坐牢', zh],
    ['"I told him" is the agent speaking', '我跟他说再不还就让你坐牢', zh],
    ['"I told the customer" is the agent speaking', '我对客户说下周就起诉他', zh],
    [
      'en: agent threat after quoting',
      'Customer said "stop calling". Told him we will garnish his wages.',
      en,
    ],
  ] as const)('still flags %s', (_name, note, pack) => {
    expect(checkNote(note, pack.rules).some((m) => m.speaker === 'agent')).toBe(true);
  });

  it('police words are not forbidden on their own, only in threat shapes', () => {
    for (const word of ['派出所', '公安局', '警察'])
      expect(findForbiddenPhrases(`他在${word}上班`, zh.rules)).toEqual([]);
    expect(findForbiddenPhrases('让警察上门抓你', zh.rules).length).toBeGreaterThan(0);
    expect(findForbiddenPhrases('She works for the police department.', en.rules)).toEqual([]);
  });
});

describe('one matcher for notes and lint', () => {
  it('lint finds a threat in a script line the same way a note does', () => {
    const pack = structuredClone(zh);
    const line = pack.scripts[0]?.stages[0]?.lines[0];
    if (!line) throw new Error('no line');
    line.text = `您再不还，${ZWSP}就找您领导`;
    const findings = lintPackPhrases(pack);
    expect(findings.some((f) => f.path === 'scripts[0].stages[0].lines[0].text')).toBe(true);
    expect(findForbiddenPhrases(line.text, pack.rules).length).toBeGreaterThan(0);
  });

  it.each([
    ['(去|到)你(家|单位)', ['去你家', '去你单位', '到你家', '到你单位']],
    ['找你(的|)领导', ['找你的领导', '找你领导']],
    ['plain (no bar) stays', ['plain (no bar) stays']],
  ])('expands %s', (phrase, expected) => {
    expect(phraseVariants(phrase).sort()).toEqual([...expected].sort());
  });

  it('a gap stays inside one sentence and within the limit', () => {
    expect(findForbiddenPhrases('征信这下真的彻底黑了', zh.rules).length).toBeGreaterThan(0);
    expect(findForbiddenPhrases('征信报告已寄出。黑了的手机屏幕要修', zh.rules)).toEqual([]);
  });
});
