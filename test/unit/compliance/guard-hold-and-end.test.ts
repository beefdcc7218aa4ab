/**
 * Three defects of one kind (2026-12-03): a phrase's edges. The polite hold 您等着，我查一下 was read
 * as the threat 你等着 ("you just wait"); "You will be sorry" ending a note was missed because the
 * phrase wanted a word or a mark after it; and an English `(!a|b)` word could not be seen after
 * the space that ends the piece, so no such phrase could name its harmless followers. And 你家里人也会知道
 * (disclosure foretold) was silent.
 */
import { followedBy } from '../../../lib/compliance/phrase-matcher';
import { checkNote } from '../../../lib/compliance/phrases';
import { loadDefaultPack } from '../pack/content-helpers';

const zh = loadDefaultPack('zh-CN');
const en = loadDefaultPack('en-US');

const agentSays = (text: string) => {
  const rules = /[\u4e00-\u9fff]/u.test(text) ? zh.rules : en.rules;
  return checkNote(text, rules)
    .filter((m) => m.speaker === 'agent')
    .map((m) => text.slice(m.start, m.end));
};

describe('a hold is not a threat', () => {
  it.each([
    '您等着，我查一下',
    '您等着我帮您查',
    '你等着啊，我看看系统',
    '您先等着别挂',
    '请您等着，我这边核实一下',
    '您等着，我马上给您转',
    '您等着哈我帮您看',
    '您等着一下，马上就好',
  ])('%s is silent', (text) => {
    expect(agentSays(text)).toEqual([]);
  });

  it.each([
    ['你等着瞧', '你等着'],
    ['你给我等着', '你给我等着'],
    ['你等着吧', '你等着'],
    ['你等着。', '你等着'],
    ['你就等着吧', '你就等着吧'],
    ['您等着，我们会上门的', '您等着'],
    ['你等着，有你好看的', '你等着'],
    ['你等着啊，你跑不了', '你等着'],
  ])('%s is still flagged (%s)', (text, flagged) => {
    expect(agentSays(text)).toContain(flagged);
  });
});

describe('a threat at the very end of a note', () => {
  it.each([
    'You will be sorry',
    "Told him you'll be sorry",
    'Trust me, you will be sorry',
    'you will be really sorry',
    'you will be sorry if you do not pay',
    'You will be sorry — trust me',
    'You will be sorry!!',
  ])('%j is flagged', (text) => {
    expect(agentSays(text).join(' ')).toMatch(/sorry/i);
  });

  it.each([
    'You will be sorry to hear the fee stands',
    "you'll be sorry to learn the waiver was declined",
    'I am sorry to hear that',
    'We are sorry for the wait',
  ])('%j is silent', (text) => {
    expect(agentSays(text)).toEqual([]);
  });
});

describe('an unless word after the space that ends an English piece', () => {
  it('is seen after one space, never across a Chinese text', () => {
    expect(followedBy('sorry to hear', 5, ['to hear'])).toBe(true);
    expect(followedBy('sorry to hear', 5, ['to learn'])).toBe(false);
    expect(followedBy('sorryto hear', 5, ['to hear'])).toBe(true);
    // Two spaces are not the one space the folded text keeps between words.
    expect(followedBy('sorry  to hear', 5, ['to hear'])).toBe(false);
    expect(followedBy('上门 店', 2, ['店'])).toBe(false);
  });
});

describe('a relative foretold to find out (made up after the round above)', () => {
  it.each([
    ['不还的话，你家里人也会知道', '家里人也会知道'],
    ['你爸妈迟早会知道', '爸妈迟早会知道'],
    ['你老婆早晚要知道的', '老婆早晚要知道'],
  ])('%s flags %s', (text, flagged) => {
    expect(agentSays(text)).toContain(flagged);
  });

  it.each([
    '家人都知道这事，支持他还款',
    '您的家人不会知道',
    '家人也不会知道的，您放心',
    '我们不会让家人知道',
  ])('%s is silent', (text) => {
    expect(agentSays(text)).toEqual([]);
  });
});
