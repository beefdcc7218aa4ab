/**
 * A balance that grew, told in numbers only (issue 11 round 7, a class named in round 5's reports):
 * "I owed 2000 and now it's 5000", "borrowed two grand, now they want five". The customer says
 * the fees without the word: the query reads as charges added on (concepts.ts, added-charges).
 * An amount in the past (owed, borrowed, was…), then a word of change (now, became…), then a
 * larger amount. "I can do 100 now and 200 next month" has no past amount and says nothing of fees.
 * Works on the query's normalised words (normalize.ts: "2,000" is 2 and 000, "$5k" is 5k).
 */

/** Words that put the amount after them in the past: what the debt was. */
const PAST = new Set([
  'owed',
  'borrowed',
  'spent',
  'charged',
  'was',
  'used',
  'took',
  'bought',
  'started',
  'only',
]);
/** How many words before the amount a past word may stand ("I owed like 2000"). */
const PAST_WINDOW = 3;
/** Words of change between the two amounts. */
const CHANGE = new Set([
  'now',
  'became',
  'become',
  'turned',
  'grew',
  'grown',
  'went',
  'gone',
  'jumped',
  'ballooned',
]);
/** How many words the two amounts may lie apart. */
const STORY_WINDOW = 8;

// biome-ignore format: number words → values
const NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
  ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7], ['eight', 8],
  ['nine', 9], ['ten', 10], ['twenty', 20], ['thirty', 30], ['forty', 40], ['fifty', 50], ['hundred', 100],
]);
const MULTIPLIERS: ReadonlyMap<string, number> = new Map([
  ['k', 1_000],
  ['grand', 1_000],
  ['thousand', 1_000],
  ['hundred', 100],
]);

interface Amount {
  at: number;
  value: number;
  /** A multiplier was said (grand, k): a bare amount later in the story means the same unit. */
  unit: number;
}

function amountAt(words: readonly string[], at: number): { amount: Amount; next: number } | null {
  const word = words[at] as string;
  const digits = /^(\d+)(k)?$/.exec(word);
  let value = digits ? Number(digits[1]) : NUMBER_WORDS.get(word);
  if (value === undefined) return null;
  let unit = digits?.[2] === 'k' ? 1_000 : 1;
  let next = at + 1;
  // "2,000" is two words once normalised.
  if (digits && unit === 1 && value < 1_000 && /^\d{3}$/.test(words[next] ?? '')) {
    value = value * 1_000 + Number(words[next]);
    next++;
  }
  const multiplier = MULTIPLIERS.get(words[next] ?? '');
  if (unit === 1 && multiplier !== undefined) {
    unit = multiplier;
    next++;
  }
  return { amount: { at, value: value * unit, unit }, next };
}

/** True when the words tell an amount owed in the past, then a larger one now. */
export function saysGrownAmount(words: readonly string[]): boolean {
  const amounts: Amount[] = [];
  for (let at = 0; at < words.length; ) {
    const found = amountAt(words, at);
    if (found === null) {
      at++;
      continue;
    }
    amounts.push(found.amount);
    at = found.next;
  }
  for (let i = 0; i < amounts.length; i++) {
    const before = amounts[i] as Amount;
    const past = words.slice(Math.max(0, before.at - PAST_WINDOW), before.at).some((w) => PAST.has(w));
    if (!past) continue;
    for (let j = i + 1; j < amounts.length; j++) {
      const after = amounts[j] as Amount;
      if (after.at - before.at > STORY_WINDOW) break;
      const value =
        after.unit === 1 && before.unit > 1 && after.value < before.unit
          ? after.value * before.unit
          : after.value;
      const changed = words.slice(before.at + 1, after.at).some((w) => CHANGE.has(w));
      if (changed && value > before.value) return true;
    }
  }
  return false;
}
