/**
 * Forbidden-phrase check: notes as the agent types them, and every script and objection text when
 * a pack is linted, so a pack cannot ship a threat (issue 5 §4). Matching runs on a normalised
 * copy of the text (case folded, full-width folded, spaces beside CJK dropped) and every match is
 * mapped back to offsets in the original text, so the UI can mark exactly what the agent typed.
 */
import type { FORBIDDEN_CATEGORIES, Pack, Rule } from '../pack/schema';
import { customerSpans, insideSpans } from './customer-speech';
import { lettersForDigits } from './digit-letters';
import type { Families } from './phrase-families';
import { Matcher } from './phrase-scan';

export { familyRefs, unknownFamilies } from './phrase-families';
export {
  GAP_MAX,
  GAP_MAX_LATIN,
  GAP_SENTENCE,
  misplacedUnless,
  normaliseForMatch,
  overflowingPieces,
  phraseVariants,
} from './phrase-matcher';

export type ForbiddenCategory = (typeof FORBIDDEN_CATEGORIES)[number];
type ForbiddenPhrasesRule = Extract<Rule, { type: 'forbiddenPhrases' }>;
export type ThirdPartyRule = Extract<Rule, { type: 'thirdParty' }>;

export interface PhraseMatch {
  /** Offsets in the original text: text.slice(start, end) is what was written. */
  start: number;
  end: number;
  /** The phrase as the pack spells it. */
  phrase: string;
  category: ForbiddenCategory;
  /** The compliant wording to use instead. */
  instead: string;
  ruleId: string;
}

export interface WordMatch {
  start: number;
  end: number;
  word: string;
}

type PhrasePayload = Omit<PhraseMatch, 'start' | 'end'>;

const phraseMatchers = new WeakMap<readonly Rule[], Matcher<PhrasePayload>>();
/**
 * Compiled matchers by what they are compiled from (the forbidden-phrase rules as JSON), a few
 * kept: every parse of a pack gives new arrays, but a pack version never changes (the gate takes a
 * new pack only above the installed version), so the panel reading the same version again, the
 * Guard's per-rule count and a Studio draft whose phrases were not edited reuse the matcher
 * instead of compiling 300 phrases and 700 family words again (25–50 ms under load).
 */
const matchersByContent = new Map<string, Matcher<PhrasePayload>>();
const CONTENT_CACHE_SIZE = 4;

function compilePhrases(phraseRules: readonly ForbiddenPhrasesRule[]): Matcher<PhrasePayload> {
  const entries: { text: string; payload: PhrasePayload; families?: Families }[] = [];
  for (const rule of phraseRules) {
    for (const c of rule.categories) {
      for (const phrase of c.phrases) {
        entries.push({
          text: phrase,
          payload: { phrase, category: c.category, instead: c.instead, ruleId: rule.id },
          families: rule.families,
        });
      }
    }
  }
  return new Matcher(entries, true);
}

function phraseMatcher(rules: readonly Rule[]): Matcher<PhrasePayload> {
  let m = phraseMatchers.get(rules);
  if (m) return m;
  const phraseRules = rules.filter((r): r is ForbiddenPhrasesRule => r.type === 'forbiddenPhrases');
  const content = JSON.stringify(phraseRules);
  m = matchersByContent.get(content);
  if (m) matchersByContent.delete(content);
  else m = compilePhrases(phraseRules);
  // Most recently used last; the oldest goes first when full.
  matchersByContent.set(content, m);
  if (matchersByContent.size > CONTENT_CACHE_SIZE) {
    const oldest = matchersByContent.keys().next().value;
    if (oldest !== undefined) matchersByContent.delete(oldest);
  }
  phraseMatchers.set(rules, m);
  return m;
}

/**
 * Forbidden phrases of every `forbiddenPhrases` rule found in `text`, in order. The compiled
 * phrase list is cached per rules array, so calling this on every keystroke is cheap.
 */
export function findForbiddenPhrases(text: string, rules: readonly Rule[]): PhraseMatch[] {
  return phraseMatcher(rules)
    .find(text)
    .map(({ start, end, payload }) => ({ start, end, ...payload }));
}

export interface NoteMatch extends PhraseMatch {
  /** `customer`: inside what the note records the customer saying — a hint, not a violation. */
  speaker: 'agent' | 'customer';
}

/**
 * Forbidden phrases in a note (issue 12 §10): the same matcher as lint, each match marked as the
 * agent's own words or as words the note attributes to the customer (客户说…, 客户原话, quotes).
 */
export function checkNote(text: string, rules: readonly Rule[]): NoteMatch[] {
  const matches = findForbiddenPhrases(text, rules);
  if (matches.length === 0) return [];
  const spans = customerSpans(text);
  return matches.map((m) => ({ ...m, speaker: insideSpans(spans, m.start, m.end) ? 'customer' : 'agent' }));
}

/** Number of distinct phrases the rules forbid (after normalisation). */
export function forbiddenPhraseCount(rules: readonly Rule[]): number {
  return phraseMatcher(rules).size;
}

const discloseMatchers = new WeakMap<ThirdPartyRule, Matcher<string>>();

/**
 * Words of a `thirdParty` rule in `text` that would tell a third party about the debt
 * (12 CFR 1006.6(d); 催收工作指引: never reveal the debt to unrelated people). Empty means clean.
 */
export function disclosesDebt(text: string, rule: ThirdPartyRule): WordMatch[] {
  let m = discloseMatchers.get(rule);
  if (!m) {
    m = new Matcher(rule.discloses.map((word) => ({ text: word, payload: word })));
    discloseMatchers.set(rule, m);
  }
  return m.find(text).map(({ start, end, payload }) => ({ start, end, word: payload }));
}

// ---- Pack lint -------------------------------------------------------------------------------

export interface PhraseFinding extends PhraseMatch {
  /** JSON path of the text in the pack, e.g. `scripts[0].stages[2].lines[1].text`. */
  path: string;
  text: string;
}

/** Every text an agent reads aloud or follows, with its path; `never` lists are exempt (they quote the bad words on purpose). */
function* packTexts(pack: Pack): Generator<{ path: string; text: string }> {
  for (const [si, script] of pack.scripts.entries()) {
    for (const [gi, stage] of script.stages.entries()) {
      const at = `scripts[${si}].stages[${gi}]`;
      yield { path: `${at}.title`, text: stage.title };
      for (const [li, line] of stage.lines.entries())
        yield { path: `${at}.lines[${li}].text`, text: line.text };
    }
  }
  for (const [oi, objection] of pack.objections.entries()) {
    for (const [k, text] of objection.say.entries()) yield { path: `objections[${oi}].say[${k}]`, text };
    for (const [k, text] of (objection.do ?? []).entries())
      yield { path: `objections[${oi}].do[${k}]`, text };
  }
}

/**
 * Forbidden phrases in the pack's own script lines, stage titles and objection say/do texts, also
 * as read with digits for the letters they stand for (`ja1l`, digit-letters.ts).
 */
export function lintPackPhrases(pack: Pack): PhraseFinding[] {
  const findings: PhraseFinding[] = [];
  for (const { path, text } of packTexts(pack)) {
    const seen = new Set<string>();
    for (const reading of [text, ...lettersForDigits(text)]) {
      for (const match of findForbiddenPhrases(reading, pack.rules)) {
        const at = `${match.start}:${match.end}`;
        if (seen.has(at)) continue;
        seen.add(at);
        findings.push({ ...match, path, text });
      }
    }
  }
  return findings;
}

export interface DisclosureFinding extends WordMatch {
  path: string;
  text: string;
  ruleId: string;
}

/**
 * Lines a third party hears (say/ask lines of `thirdParty`-phase stages) that contain a word of a
 * `thirdParty` rule. Separate from lintPackPhrases: a pack linter opts in to it.
 */
export function lintThirdPartyLines(pack: Pack): DisclosureFinding[] {
  const rules = pack.rules.filter((r): r is ThirdPartyRule => r.type === 'thirdParty');
  const findings: DisclosureFinding[] = [];
  if (rules.length === 0) return findings;
  for (const [si, script] of pack.scripts.entries()) {
    for (const [gi, stage] of script.stages.entries()) {
      if (stage.phase !== 'thirdParty') continue;
      for (const [li, line] of stage.lines.entries()) {
        if (line.kind === 'do') continue;
        const path = `scripts[${si}].stages[${gi}].lines[${li}].text`;
        for (const rule of rules) {
          for (const m of disclosesDebt(line.text, rule))
            findings.push({ ...m, path, text: line.text, ruleId: rule.id });
        }
      }
    }
  }
  return findings;
}
