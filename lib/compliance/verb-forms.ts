/**
 * English verb forms of a phrase's verbs (guard round 15: `your…{people}…(hear about|find out|know
 * about|will know…)` missed `your family knows`, `finds out`, `learned about`: packs listed forms
 * by hand and always missed some). The phrase compiler (phrase-scan.ts) reads a verb written in its
 * base form as any of its forms — `know about` → `knows about`, `knew about`, `known about`,
 * `knowing about`; `find out` → `finds out`, `found out`; `get a call` → `got a call` — and a
 * `will` + verb as the verb said (`will know` → `knows`, `knew`). Only after the phrase's first
 * piece, where the words before (`your boss…`) already say who acts: a phrase that opens with the
 * verb is an order or a threat in that form only (`lose your job` is not `you lost your job`,
 * `grow up` not `growing up`).
 * Verbs are those of the lexicon below (auxiliaries and modals are not read: `be told` stays as
 * written); a word of another kind keeps its one form, so a noun is never read as a verb.
 */

/** Irregular verbs: base, past, past participle. */
const IRREGULAR = new Map<string, readonly [string, string]>(
  (
    'know knew known|find found found|hear heard heard|tell told told|see saw seen|come came come|' +
    'go went gone|take took taken|get got gotten|give gave given|send sent sent|make made made|' +
    'pay paid paid|lose lost lost|leave left left|put put put|freeze froze frozen|speak spoke spoken|' +
    'ring rang rung|sell sold sold|lend lent lent|catch caught caught|bring brought brought|' +
    'think thought thought|feel felt felt|keep kept kept|hold held held|stand stood stood|' +
    'drive drove driven|show showed shown|write wrote written|read read read|hit hit hit|' +
    'hurt hurt hurt|let let let|break broke broken|throw threw thrown|meet met met|spend spent spent|' +
    'steal stole stolen|say said said|become became become|run ran run|sit sat sat|lead led led|' +
    'shoot shot shot|swing swung swung|seek sought sought|teach taught taught|understand understood understood|' +
    'spread spread spread|wake woke woken|learn learned learned|spell spelled spelled|burn burned burned|' +
    'offset offset offset'
  )
    .split('|')
    .map((entry) => {
      const [base, past, participle] = entry.split(' ') as [string, string, string];
      return [base, [past, participle]] as const;
    }),
);

/** Regular verbs a pack's phrases say what someone does with (tell, find out, visit, seize…). */
const REGULAR = new Set(
  (
    'call contact inform notify text email message phone report refer arrest sue garnish repossess ruin ' +
    'destroy wreck post publish share expose warn alert discover happen visit knock park wait watch ' +
    'follow track check drop stop pick chip pitch cover help ask react receive mention ' +
    'discuss explain disclose seize empty drain lock block close levy attach deport jail detain handcuff ' +
    'prosecute charge evict serve file sign order issue approve suspend revoke cancel flag confiscate ' +
    'intercept deduct offset regret suffer face chase hunt harass ' +
    'embarrass humiliate shame list print tag display advertise broadcast announce reveal leak reach ' +
    'involve escalate forward pass hand remind bother pester dial notice realize recognize'
  ).split(' '),
);

/** Words that make a verb's tense, not the act: `will know` is read as `knows`, `knew`. */
const MODALS = ['will ', "'ll ", '’ll ', 'is going to ', 'are going to ', 'going to '];

const VOWEL = /[aeiou]/;

function isConsonant(ch: string | undefined): boolean {
  return ch !== undefined && /[a-z]/.test(ch) && !VOWEL.test(ch);
}

/** Longer verbs that double their last consonant too (the last syllable is stressed). */
const DOUBLING = new Set(['refer', 'offset', 'admit', 'commit', 'control', 'patrol', 'compel', 'expel']);

/** `stop` → `stopp`-: one syllable ending consonant, vowel, consonant (not w, x or y). */
function doubles(verb: string): boolean {
  const last = verb[verb.length - 1];
  if (DOUBLING.has(verb)) return true;
  return (
    (verb.match(/[aeiou]+/g) ?? []).length === 1 &&
    isConsonant(last) &&
    !'wxy'.includes(last as string) &&
    VOWEL.test(verb[verb.length - 2] ?? '') &&
    isConsonant(verb[verb.length - 3])
  );
}

function thirdPerson(verb: string): string {
  if (/(?:s|x|z|ch|sh|o)$/.test(verb)) return `${verb}es`;
  if (verb.endsWith('y') && isConsonant(verb[verb.length - 2])) return `${verb.slice(0, -1)}ies`;
  return `${verb}s`;
}

function regularPast(verb: string): string {
  if (verb.endsWith('e')) return `${verb}d`;
  if (verb.endsWith('y') && isConsonant(verb[verb.length - 2])) return `${verb.slice(0, -1)}ied`;
  if (doubles(verb)) return `${verb}${verb[verb.length - 1]}ed`;
  return `${verb}ed`;
}

function presentParticiple(verb: string): string {
  if (verb.endsWith('ie')) return `${verb.slice(0, -2)}ying`;
  if (verb.endsWith('e') && !/(?:ee|ye|oe)$/.test(verb)) return `${verb.slice(0, -1)}ing`;
  if (doubles(verb)) return `${verb}${verb[verb.length - 1]}ing`;
  return `${verb}ing`;
}

/** Past and past participle of a verb of the lexicon, or undefined for any other word. */
function pastForms(base: string): readonly [string, string] | undefined {
  const irregular = IRREGULAR.get(base);
  if (irregular) return irregular;
  return REGULAR.has(base) ? [regularPast(base), regularPast(base)] : undefined;
}

/** Every form of a verb of the lexicon given in its base form (the base first), or undefined. */
export function verbForms(base: string): string[] | undefined {
  const past = pastForms(base);
  if (!past) return undefined;
  return [...new Set([base, thirdPerson(base), past[0], past[1], presentParticiple(base)])];
}

/** The finite forms a `will` + verb is also said in: `will know` → `knows`, `knew`, `known`. */
function saidForms(base: string): string[] {
  const past = pastForms(base);
  return past ? [...new Set([thirdPerson(base), past[0], past[1]])] : [];
}

/**
 * Ends a reading that holds only at the end of a clause: `will know` said as `knows` is the threat
 * in `I'll make sure your family knows.`, but `your boss knows you're on a break` is ordinary
 * English. A control character: the piece tree and the family trie read it as this mark, never as a
 * unit a text must hold.
 */
export const CLAUSE_END = '\u0003';

const CLAUSE_MARK = /[.,;:!?。，；：！？\n\r)"”’]/u;

/** Whether `at` of a folded text ends a clause: its end, or a mark that ends one (a space before it too). */
export function atClauseEnd(text: string, at: number): boolean {
  const next = text[at] === ' ' ? at + 1 : at;
  return next >= text.length || CLAUSE_MARK.test(text[next] as string);
}

/** Most spellings one phrase piece may be read as: each verb multiplies them, so a cap keeps compiling bounded. */
export const MAX_VERB_SPELLINGS = 256;

const WORD = /[a-z]+/g;

/**
 * Every reading of a folded spelling with its verbs in their other forms (the spelling first).
 * A word only counts standing alone (spaces, marks or the ends around it), so a family slot's
 * sentinel or another alphabet next to it keeps it as written.
 */
export function verbSpellings(spelling: string): string[] {
  let readings = [''];
  let from = 0;
  for (const m of spelling.matchAll(WORD)) {
    const at = m.index ?? 0;
    const word = m[0];
    const end = at + word.length;
    const alone =
      !/[\p{L}\p{N}\p{Co}]/u.test(spelling[at - 1] ?? ' ') &&
      !/[\p{L}\p{N}\p{Co}]/u.test(spelling[end] ?? ' ');
    const forms = alone ? verbForms(word) : undefined;
    if (!forms) continue;
    const between = spelling.slice(from, at);
    const next: string[] = [];
    for (const r of readings)
      for (const f of forms) if (next.length < MAX_VERB_SPELLINGS) next.push(r + between + f);
    readings = next;
    from = end;
  }
  readings = readings.map((r) => r + spelling.slice(from));
  for (const modal of MODALS) {
    if (!spelling.startsWith(modal)) continue;
    const rest = spelling.slice(modal.length);
    const verb = /^[a-z]+/.exec(rest)?.[0];
    if (!verb) continue;
    // The verb said alone ends its clause; with words after it (`will hear about`) they say what is known.
    const after = rest.slice(verb.length) || CLAUSE_END;
    for (const form of saidForms(verb)) if (readings.length < MAX_VERB_SPELLINGS) readings.push(form + after);
  }
  return [...new Set(readings)];
}
