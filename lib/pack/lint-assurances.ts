/**
 * Absolute assurances (content review 11): a line read aloud that promises an outcome the bank cannot
 * control or the policy does not allow — "you will not be arrested" (a court can still order an
 * arrest for not appearing; fraud is a crime), "we won't call this number again", fees waived, a
 * record wiped, a settlement that "closes everything". A customer holds the bank to what an agent
 * promised on a recorded line. Read on the one folding (您→你, width, case), so 「不会再打扰您」
 * and "You'll NEVER be sued" are the same words.
 */
import type { LocalizedText } from '../i18n/text';
import { foldText } from '../text/fold';
import { EN_NEGATION } from '../text/negation-en';
import { ZH_NEGATION } from '../text/negation-zh';
import { packError } from './errors';
import type { LintFinding } from './lint';
import type { Pack } from './schema';

type Path = (string | number)[];

/** Promises of an outcome, on folded text. Each is the promise itself, not a word that may be denied. */
const ASSURANCES: readonly RegExp[] = [
  // Legal outcomes no agent decides: arrest, suit, prosecution, a report, a garnishment.
  /\byou (will not|won't|will never|'ll never|are never going to|cannot|can't|can never) be (arrested|jailed|sent to jail|sued|prosecuted|charged|taken to court|garnished)\b/,
  /\bno (legal action|lawsuit|suit|one) will (ever )?be (taken|filed|brought|arrested)\b/,
  /\b(no one|nobody) (will|is going to|'ll) (ever )?(call|contact|sue|arrest|bother) you\b/,
  // Contact that stops for good: the agent cannot bind every dialer, skip trace and colleague.
  /\b(i'll|i will) make sure (we|no one|nobody) (don't|do not|won't|will not|never) (call|contact)/,
  /\bwe (don't|do not|won't|will not|will never|'ll never) (call|contact) (you |this number )?(about this )?(again|ever again)\b/,
  /\bwe('ll| will) stop (calling|contacting) you\b/,
  // Credit report, fees, a settlement that closes more than it does.
  /\b(won't|will not|never) (affect|hurt|show (up )?on|appear on) your credit\b/,
  /\b(all|every|any) (of the )?(fees?|interest|charges?)( and (fees?|interest|charges?))? (will be|are|is|get) (waived|forgiven|removed|dropped)\b/,
  /\b(closes|settles|resolves|ends) (everything|it all|the matter for good)\b|\bclean slate\b/,
  /\b(i|we) (guarantee|promise) (you )?(that )?(it|this|the plan|approval|you'll|you will)\b/,
  /\bwill (definitely|certainly) be approved\b/,
  // Hours the company does not keep: a callback line says when we answer ({{company.hours}}).
  /\b(reach|call) us any ?time\b/,
  // 中文：法律后果、征信、来电、费用、结清。
  /(保证|肯定|绝对)(你)?(不会|没事|不用)/,
  /(你)?不会(被)?(坐牢|抓|拘留|判刑|起诉|上征信|影响(你的)?征信)/,
  /(不会|不再|再也不)再?[^。；，！？]{0,10}(打扰你|给你打电话|打电话给你|来电|联系你)/,
  /(一笔勾销|一了百了|全部了结|就没事了|绝对没事|什么事都没有了|彻底解决)/,
  /(事情|问题)就(能|会)[^。；，！？]{0,8}解决/,
  /(利息|违约金|费用|息费)[^。；，！？]{0,6}(全部免掉|都免了|全免了|不用还了)/,
  /(征信|记录)[^。；，！？]{0,8}(消掉|删掉|清除|洗白|变好看|更好看)/,
];

/**
 * A denial or inability before the match in the same clause: 「任何人都不能把记录删掉」, "I can't
 * promise…", "no one can…". Its words are the one negation vocabularies' (lib/text/negation-*.ts);
 * "can't" is read with either apostrophe or none, as it is typed.
 */
const DENIED_BEFORE = new RegExp(
  `(?:${[
    ...ZH_NEGATION.inability,
    ...ZH_NEGATION.subjects,
    ...EN_NEGATION.fused,
    "can['’]?t",
    ...EN_NEGATION.inability,
    ...EN_NEGATION.subjects.map((subject) => `${subject} can`),
  ].join('|')})[^。；，！？.;]*$`,
);

/** The promise a text makes, as the words that make it; undefined when it makes none. */
export function absoluteAssurance(text: string): string | undefined {
  const folded = foldText(text);
  for (const pattern of ASSURANCES) {
    const match = pattern.exec(folded);
    if (!match) continue;
    const before = folded.slice(0, match.index);
    if (DENIED_BEFORE.test(before)) continue;
    return match[0];
  }
  return undefined;
}

/** What the customer hears: script lines but `do`, and each card's `say`. */
function* readAloud(pack: Pack): Generator<{ path: Path; text: string }> {
  for (const [s, script] of pack.scripts.entries())
    for (const [t, stage] of script.stages.entries())
      for (const [l, line] of stage.lines.entries())
        if (line.kind !== 'do')
          yield { path: ['scripts', s, 'stages', t, 'lines', l, 'text'], text: line.text };
  for (const [o, objection] of pack.objections.entries())
    for (const [k, text] of objection.say.entries()) yield { path: ['objections', o, 'say', k], text };
}

export const assuranceLintText = {
  absoluteAssurance: (words: string): LocalizedText => ({
    zh: `这句话向客户保证了银行控制不了或政策不允许的结果（“${words}”）：客户会按录音里的承诺要求兑现。请改成如实的说法，如「我会如实登记」「以审批结果为准」`,
    en: `This line promises an outcome the bank cannot guarantee or the policy does not allow ("${words}"): the customer will hold the bank to it. Say what is true, such as "I'll note that" or "subject to approval"`,
  }),
};

export function assuranceFindings(pack: Pack): LintFinding[] {
  const findings: LintFinding[] = [];
  for (const { path, text } of readAloud(pack)) {
    const words = absoluteAssurance(text);
    if (words !== undefined)
      findings.push({
        severity: 'warning',
        ...packError(path, 'absoluteAssurance', assuranceLintText.absoluteAssurance(words)),
      });
  }
  return findings;
}
