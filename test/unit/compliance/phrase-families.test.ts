/**
 * Word families in forbidden phrases: `{name}` stands for every word of the rule's family, matched
 * as a set (no spelling cap), in order, within the gap, after the one folding; denials stay silent.
 */
import { familyRefs, findForbiddenPhrases, unknownFamilies } from '@/lib/compliance/phrases';
import type { Rule } from '@/lib/pack/schema';

/** 300 relatives: far past the 64 spellings one `(a|b)` piece may expand to. */
const MANY = Array.from({ length: 300 }, (_, i) => `亲${String.fromCharCode(0x4e00 + i)}`);

type PhrasesRule = Extract<Rule, { type: 'forbiddenPhrases' }>;

function rule(phrases: string[], families: Record<string, string[]>): PhrasesRule {
  return {
    id: 'fam',
    title: 't',
    source: 's',
    severity: 'block',
    type: 'forbiddenPhrases',
    families,
    categories: [{ category: 'threat', phrases, instead: 'x' }],
  };
}

const ZH = rule(['{我方}…{上门}…{住处}', '{告知}…{亲属}', '{我方}(会|)打给你{亲属}'], {
  我方: ['我们', '咱们', '我行', '我'],
  上门: ['去', '到', '上门(找|)', '登门'],
  住处: ['你家', '你(们|)单位', '你老家', '你住的(地方|小区)'],
  告知: ['告诉', '通知', '(打电话|致电)给'],
  亲属: ['父母', '岳父', '丈母娘', '家属', ...MANY],
});
const EN = rule(['{we}…{contact} your {people}'], {
  we: ['we', "we'll", 'i', "i'll"],
  contact: ['call', 'contact', 'text', 'reach out to'],
  people: ['boss', 'employer', 'family', 'in-laws'],
});

const hit = (text: string, r: PhrasesRule) =>
  findForbiddenPhrases(text, [r]).map((m) => text.slice(m.start, m.end));

describe('word families', () => {
  it.each([
    ['我们下午就去你家', '我们下午就去你家'],
    ['咱们的同事会上门找你老家', '咱们的同事会上门找你老家'],
    ['我行会派人登门到你住的小区', '我行会派人登门到你住的小区'],
  ])('match every slot in order within the gap: %s', (text, expected) => {
    expect(hit(text, ZH)).toEqual([expected]);
  });

  it('match the polite 您-form and full-width text through the one folding', () => {
    expect(hit('我们明天去您家', ZH)).toEqual(['我们明天去您家']);
    expect(hit('I will CALL your ｂｏｓｓ', EN)).toEqual(['I will CALL your ｂｏｓｓ']);
  });

  it('match with invisible characters inside a family word', () => {
    const text = '我们会通知您的丈\u200b母\u2060娘';
    expect(hit(text, ZH)).toEqual([text.slice(3)]);
  });

  it('keep every word of a family, the 300th included (no spelling cap)', () => {
    expect(hit(`我会告诉${MANY[299]}`, ZH)).toEqual([`告诉${MANY[299]}`]);
    expect(hit(`我们打给你${MANY[150]}`, ZH)).toEqual([`我们打给你${MANY[150]}`]);
  });

  it('need the slots in order, within the gap and the same sentence', () => {
    expect(hit('你家我们也去过', ZH)).toEqual([]);
    expect(hit('我们去。你家', ZH)).toEqual([]);
    expect(hit('我们的工作人员在下周一或者下周二的时候去你家', ZH)).toEqual([]);
  });

  it('stay silent on a denial before the act, also inside the phrase', () => {
    expect(hit('我们不会去您单位', ZH)).toEqual([]);
    expect(hit('我们从不上门找您老家', ZH)).toEqual([]);
    expect(hit('We will not contact your family.', EN)).toEqual([]);
    expect(hit("We won't ever call your boss.", EN)).toEqual([]);
  });

  it('still flag a consequence or a question that only looks like a denial', () => {
    expect(hit('您不还我们就去您家', ZH)).toEqual(['我们就去您家']);
    expect(hit('能不能告诉你父母', ZH)).toEqual(['告诉你父母']);
  });

  it('do not cut an English word in two', () => {
    expect(hit('We recall your family fondly', EN)).toEqual([]);
    expect(hit('I called your employer', EN)).toEqual(['I called your employer']);
    expect(hit('I call your bossy friend', EN)).toEqual([]);
  });

  it('never match a phrase naming an undeclared family', () => {
    const r = rule(['{我方}…{无此}'], { 我方: ['我们'] });
    expect(hit('我们无此', r)).toEqual([]);
    expect(unknownFamilies('{我方}…{无此}', { 我方: ['我们'] })).toEqual(['无此']);
    expect(familyRefs('{a}…{b}…{a}')).toEqual(['a', 'b']);
  });

  it('leave a rule without families as it was', () => {
    const { families: _none, ...old } = rule(['(去|到)你家'], {});
    expect(hit('我们去您家', old)).toEqual(['去您家']);
  });
});

describe('compiled phrases reused', () => {
  it('match alike on a copy of the same rules (the same pack version read again)', () => {
    const again = structuredClone(ZH);
    expect(hit('我们下午就去你家', again)).toEqual(hit('我们下午就去你家', ZH));
    expect(hit('我们下午就去你家', again)).toEqual(['我们下午就去你家']);
  });

  it('follow an edit under the same rule id and version (a Studio draft), not the matcher of the first', () => {
    hit('我们下午就去你家', ZH);
    const edited = structuredClone(ZH);
    edited.families = { ...edited.families, 住处: ['你公司'] };
    expect(hit('我们下午就去你家', edited)).toEqual([]);
    expect(hit('我们下午就去你公司', edited)).toEqual(['我们下午就去你公司']);
    expect(hit('我们下午就去你家', ZH)).toEqual(['我们下午就去你家']);
  });

  it('start a match on a one-unit family word or literal (the scan looks past the first unit only when it may)', () => {
    const one = rule(['{我方}…{上门}…你家', '你{亲属}'], {
      我方: ['我'],
      上门: ['去'],
      亲属: ['妈', '父母'],
    });
    expect(hit('我明天去你家', one)).toEqual(['我明天去你家']);
    expect(hit('问问你妈', one)).toEqual(['你妈']);
    expect(hit('I will CALL your ｂｏｓｓ', EN)).toEqual(['I will CALL your ｂｏｓｓ']);
  });
});
