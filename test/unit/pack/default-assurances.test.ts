/**
 * Absolute assurances (content review 11): no line read aloud in either default pack promises an
 * outcome the bank cannot control or the policy does not allow, and the pack lint warns on one in
 * any pack (`absoluteAssurance`).
 */
import { lintPack } from '../../../lib/pack/lint';
import { absoluteAssurance, assuranceFindings } from '../../../lib/pack/lint-assurances';
import { loadDefaultPack } from './content-helpers';

const zh = loadDefaultPack('zh-CN');
const en = loadDefaultPack('en-US');

/** The lines both packs read aloud before this round. */
const BEFORE = [
  'No. Not paying a credit card debt is not a crime, and you will not be arrested or jailed for it.',
  "I'm sorry to have bothered you. I'll make sure we don't call this number again. Have a good day.",
  "We'll stop calling you. If you want us to stop contacting you altogether, you can send that request in writing.",
  "I'll make a note so we don't call about this again. Can you tell me who is handling the estate?",
  'If the debt is past the legal time limit, no legal action will be taken or threatened, and any payment is your choice.',
  '如果您确认没有办过这张卡，我这边帮您登记异议，由专人调查核实；核实期间不会再就这笔款项给您打电话。',
  '还款到账一般需要1到3个工作日，我先记录下来，核实到账后就不再打扰您。',
  '如果您希望减少来电，我们可以约定一个固定的联系时间，其他时间不再打扰您。',
  '只要我们把还款安排定下来，按约定去还，事情就能一步一步解决。',
  '您越早把欠款还上，记录就越早进入5年的倒计时，之后的记录也会更好看。',
  '不好意思，可能是号码登记有误，打扰您了。我们会核实，不会再打扰您。祝您生活愉快，再见。',
  "I'd like to keep helping, but if the language continues I'll need to end the call. You can reach us any time at 1-800-555-0199.",
];

/** True and sayable: denials, the law's own disclosure, what the agent controls today. */
const SAYABLE = [
  '逾期记录是按规定如实报送的，任何人都不能把真实的记录删掉。',
  '这件事我会如实登记，后续由专人按规定处理，今天不会再跟您谈这件事。',
  "Accurate information can't be removed just because it is paid, and I can't promise a deletion.",
  'The law limits how long you can be sued on a debt. Because of the age of your debt, we will not sue you for it.',
  "I've recorded your request about calls, and our calls will follow it.",
  'Falling behind on a credit card is a civil matter between you and Example Bank, not a crime in itself.',
];

describe('default packs: no absolute assurance read aloud', () => {
  it('neither pack promises an outcome the bank cannot give', () => {
    expect(assuranceFindings(zh).map((f) => `${f.path}: ${f.message.en}`)).toEqual([]);
    expect(assuranceFindings(en).map((f) => `${f.path}: ${f.message.en}`)).toEqual([]);
  });

  it('catches every line of the old packs and lets the true ones through', () => {
    for (const line of BEFORE) expect(absoluteAssurance(line), line).toBeDefined();
    for (const line of SAYABLE) expect(absoluteAssurance(line), line).toBeUndefined();
    // Through the one folding: full width and 您 read as the words they are.
    expect(absoluteAssurance('ＹＯＵ ＷＩＬＬ ＮＯＴ ＢＥ ＡＲＲＥＳＴＥＤ.')).toBeDefined();
    expect(absoluteAssurance('核实后就不再打扰您了')).toBeDefined();
    // The denial words are the one negation vocabularies': any subject that denies, either apostrophe.
    expect(absoluteAssurance('Nobody can tell you that you will not be arrested.')).toBeUndefined();
    expect(absoluteAssurance('I can’t say you will never be sued.')).toBeUndefined();
    expect(absoluteAssurance('I cant say you will never be sued.')).toBeUndefined();
    expect(absoluteAssurance('我无法保证你不会被起诉')).toBeUndefined();
  });

  it('is a lint warning for any pack, at the line that makes the promise', () => {
    const jail = en.objections.findIndex((o) => o.id === 'jail');
    const edited = structuredClone(en);
    edited.objections[jail]?.say.splice(0, 1, BEFORE[0] as string);
    const found = lintPack(edited).filter((f) => f.code === 'absoluteAssurance');
    expect(found.map((f) => [f.severity, f.path])).toEqual([['warning', `objections[${jail}].say[0]`]]);
    expect(found[0]?.message.zh).toContain('you will not be arrested');
    expect(lintPack(zh).filter((f) => f.code === 'absoluteAssurance')).toEqual([]);
  });
});
