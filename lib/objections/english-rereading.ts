/**
 * English said in a way the concept lexicon's phrases do not spell (issue 11 round 7), read a second
 * time in their shape: the concepts of both readings count (concept-index.ts), so a phrase said as
 * written is never lost.
 *
 * - A phrasal verb with its object inside ("they let me go", "laid us all off", "call me back")
 *   says the lexicon's phrase (let go, laid off, call back): English puts a pronoun object between
 *   the verb and its particle.
 * - An agent's note about the customer ("cx says its not his", "customer lost her job") is the
 *   customer's own words in the third person: read in the first (not mine, lost my job). Only
 *   when the note names the customer first, so a relative on the line ("he lost his job, I'm his
 *   mother") keeps who speaks.
 * - A relative's money affairs named by the one who runs them ("I handle my dad's bills", "I sort
 *   out my mum's finances") are someone else's: read as "his bills" (round 8), which the lexicon
 *   reads as someone else on the line. Only before such a noun: "my dad's card" is whose card
 *   (an authorised user) and "my mom's in hospital" who is ill.
 */

const OBJECT_PRONOUNS = new Set(['me', 'him', 'her', 'them', 'us', 'it']);
const PARTICLES = new Set(['off', 'go', 'out', 'down', 'back', 'up', 'over', 'away']);
/** Said between the pronoun and the particle ("laid us all off"), dropped with the pronoun. */
const QUANTIFIERS = new Set(['all', 'both']);

/** How an agent's note names the customer first (cx, as written before text-speak.ts). */
const NOTE_SUBJECTS = new Set([
  'cx',
  'cust',
  'customer',
  'caller',
  'cardholder',
  'debtor',
  'consumer',
  'client',
]);
// biome-ignore format: third person → first, as normalised (apostrophes dropped)
const FIRST_PERSON: ReadonlyMap<string, string> = new Map([
  ['he', 'i'], ['she', 'i'], ['they', 'i'], ['hes', 'im'], ['shes', 'im'], ['theyre', 'im'], ['him', 'me'],
  ['them', 'me'], ['his', 'my'], ['their', 'my'], ['hers', 'mine'], ['theirs', 'mine'], ['himself', 'myself'],
  ['herself', 'myself'], ['themselves', 'myself'], ['doesnt', 'dont'], ['hasnt', 'havent'], ['isnt', 'im not'],
  ['has', 'have'],
]);

/** A relative's, as normalised (apostrophes dropped: "dad's" → dads, "mum's" → mums). */
const KIN_POSSESSIVES = new Set([
  'dads',
  'moms',
  'mums',
  'fathers',
  'mothers',
  'parents',
  'sons',
  'daughters',
  'brothers',
  'sisters',
  'grandmas',
  'grandpas',
  'grandmothers',
  'grandfathers',
  'nans',
  'uncles',
  'aunts',
  'aunties',
  'grandsons',
  'granddaughters',
  'nephews',
  'nieces',
]);
/** Money affairs one may run for a relative. */
const AFFAIRS = new Set(['bills', 'finances', 'affairs', 'mail', 'paperwork', 'money', 'payments']);

function relativesAffairs(words: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as string;
    if (word === 'my' && KIN_POSSESSIVES.has(words[i + 1] as string) && AFFAIRS.has(words[i + 2] as string)) {
      out.push('his');
      i++;
    } else out.push(word);
  }
  return out;
}

function noteInFirstPerson(words: readonly string[]): string[] {
  if (!NOTE_SUBJECTS.has(words[0] as string)) return [...words];
  return words.map((word, i) => {
    // "not his" at the end stands for "not his card": mine.
    if (i === words.length - 1 && word === 'his') return 'mine';
    return FIRST_PERSON.get(word) ?? word;
  });
}

function phrasalVerbsJoined(words: readonly string[]): string[] {
  const drop = new Uint8Array(words.length);
  for (let i = 1; i < words.length; i++) {
    if (!OBJECT_PRONOUNS.has(words[i] as string)) continue;
    const all = QUANTIFIERS.has(words[i + 1] as string) ? 1 : 0;
    if (PARTICLES.has(words[i + 1 + all] as string)) drop.fill(1, i, i + 1 + all);
  }
  return words.filter((_, i) => drop[i] === 0);
}

/**
 * The query's words read again in the lexicon's shape (normalised words: "isnt" → "im", "not"),
 * or null when that reading is the same.
 */
export function englishRereading(words: readonly string[]): string[] | null {
  const reread = relativesAffairs(phrasalVerbsJoined(noteInFirstPerson(words))).flatMap((word) =>
    word.split(' '),
  );
  const same = reread.length === words.length && reread.every((word, i) => word === words[i]);
  return same ? null : reread;
}
