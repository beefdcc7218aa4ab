/**
 * Texting shorthand an agent types while listening (issue 11 §1, English): "who r u", "ur acct",
 * "idk", a masked swear word ("f***"), the everyday misspelling "payed", a word stretched for stress
 * ("brokeeee"). The query is read with the words they stand for before it is normalised, so the
 * matchers and the concept lexicon see "who are you", "your account", "paid". Whole words only, and
 * shorthand only in a query of two words or more without Chinese: a lone "u" may be the start of
 * "unemployed", and pinyin is left alone. Written from general texting usage, not from any query set.
 */

// biome-ignore format: one shorthand → its words per entry
const SHORTHAND: ReadonlyMap<string, string> = new Map([
  ['u', 'you'], ['ur', 'your'], ['r', 'are'], ['pls', 'please'], ['plz', 'please'],
  ['ppl', 'people'], ['acct', 'account'], ['accnt', 'account'], ['bal', 'balance'],
  ['amt', 'amount'], ['pmt', 'payment'], ['pymt', 'payment'], ['pmts', 'payments'], ['cc', 'credit card'],
  ['idk', "I don't know"], ['dunno', "don't know"], ['bc', 'because'], ['cuz', 'because'], ['coz', 'because'],
  ['b4', 'before'], ['rn', 'right now'], ['tmrw', 'tomorrow'], ['tmr', 'tomorrow'], ['2day', 'today'],
  ['2morrow', 'tomorrow'], ['wk', 'week'], ['msg', 'message'], ['txt', 'text'], ['thru', 'through'],
  ['tho', 'though'], ['wat', 'what'], ['wut', 'what'], ['lmk', 'let me know'], ['asap', 'as soon as possible'],
  ['nvm', 'never mind'], ['wtf', 'what the fuck'], ['stfu', 'shut the fuck up'], ['gtfo', 'get the fuck out'],
  ['payed', 'paid'], ['govt', 'government'], ['dept', 'department'], ['hosp', 'hospital'],
]);

/**
 * Shorthand of the collection floor an agent types in notes while listening (general industry usage,
 * issue 11 round 7): "cx is AU", "talk to my atty", "wants a mgr". Read like texting shorthand:
 * whole words, in a query of two words or more.
 */
// biome-ignore format: one shorthand → its words per entry
const FLOOR: ReadonlyMap<string, string> = new Map([
  ['au', 'authorized user'], ['atty', 'attorney'], ['attny', 'attorney'], ['bk', 'bankruptcy'],
  ['bkcy', 'bankruptcy'], ['sol', 'statute of limitations'], ['poa', 'power of attorney'], ['dnc', 'do not call'],
  ['ptp', 'promise to pay'], ['cb', 'call back'], ['tp', 'third party'], ['wn', 'wrong number'],
  ['pif', 'paid in full'], ['sif', 'settled in full'], ['dmp', 'debt management plan'], ['decd', 'deceased'],
  ['mgr', 'manager'], ['supv', 'supervisor'], ['vm', 'voicemail'], ['unemp', 'unemployed'], ['med', 'medical'],
]);

/**
 * British, Irish, Australian, Singaporean and Malaysian everyday words for what the default
 * packs say in American English ("skint", "made redundant", "ring me"). Read in a query of any
 * length: none of them begins another word an agent would be typing.
 */
// biome-ignore format: one regional word → its American words per entry
const REGIONAL: ReadonlyMap<string, string> = new Map([
  ['skint', 'broke'], ['dosh', 'money'], ['quid', 'bucks'], ['tenner', 'ten bucks'], ['fiver', 'five bucks'],
  ['redundant', 'laid off'], ['redundancy', 'layoff'], ['retrenched', 'laid off'], ['sacked', 'fired'],
  ['dole', 'unemployment'], ['payslip', 'paycheck'], ['wage', 'paycheck'], ['wages', 'paycheck'],
  ['ring', 'call'], ['rings', 'calls'], ['ringing', 'calling'], ['mobile', 'cell'],
  ['solicitor', 'lawyer'], ['solicitors', 'lawyers'], ['missus', 'wife'], ['hubby', 'husband'], ['wifey', 'wife'],
  ['ombudsman', 'regulator'], ['flatmate', 'roommate'], ['housemate', 'roommate'], ['cheque', 'check'], ['fortnight', 'two weeks'], ['poorly', 'sick'], ['dodgy', 'fishy'], ['cheers', 'thanks'],
  ['mum', 'mom'], ['mam', 'mom'], ['mummy', 'mom'], ['gp', 'doctor'],
  ['phoning', 'calling'], ['phoned', 'called'], ['recognise', 'recognize'], ['recognised', 'recognized'],
  ['authorise', 'authorize'], ['authorised', 'authorized'], ['offence', 'offense'], ['apologise', 'apologize'],
]);

/**
 * Malay words Malaysian and Singaporean cardholders say in English sentences ("duit takde", "gaji
 * tak cukup"): round 8, from general usage. Read like texting shorthand, in a query of two words
 * or more: "tak" begins English words an agent may be typing. Words that are also surnames (Wang,
 * Lui) are left out: Hokkien "bo lui" (no money) is a phrase of the lexicon instead.
 */
// biome-ignore format: one word → its English words per entry
const MALAY: ReadonlyMap<string, string> = new Map([
  ['duit', 'money'], ['gaji', 'paycheck'], ['takde', "don't have"],
  ['tiada', 'no'], ['tak', 'not'], ['cukup', 'enough'], ['hutang', 'debt'], ['bayar', 'pay'],
  ['kerja', 'work'], ['sakit', 'sick'], ['boleh', 'can'], ['jangan', "don't"], ['kacau', 'bother'],
]);

/** A swear word masked with stars ("f***", "sh*t", "a**hole") by how it begins. */
const MASKED = /^([a-z]+)\*[a-z*]*$/;
const MASKED_BY_START: readonly (readonly [string, string])[] = [
  ['sh', 'shit'],
  ['f', 'fuck'],
  ['b', 'bitch'],
  ['a', 'ass'],
  ['d', 'damn'],
  ['p', 'piss'],
];

const HAN = /\p{Script=Han}/u;
const WORD = /[\p{L}\p{N}*'’]+/gu;

/**
 * A vowel typed three times or more, or any letter at the end of a word, is stretched for stress
 * ("brokeeee", "nooo", "stoppp"): read it once. A consonant tripled inside a word is a typo, left
 * to the typo rules ("cnnnt" is two slips from "cant"); a word of one letter only is an acronym
 * (BBB, www) and is kept.
 */
const STRETCHED = /([aeiouy])\1{2,}|(\p{L})\2{2,}$/giu;
const ONE_LETTER = /^(\p{L})\1*$/u;
const unstretched = (word: string) =>
  ONE_LETTER.test(word) ? word : word.replace(STRETCHED, (run) => run.charAt(0));

function expandRegional(raw: string): string {
  const word = unstretched(raw);
  return REGIONAL.get(word.toLowerCase()) ?? word;
}

function expandWord(raw: string): string {
  const word = unstretched(raw);
  const lower = word.toLowerCase();
  const shorthand = SHORTHAND.get(lower) ?? FLOOR.get(lower) ?? REGIONAL.get(lower) ?? MALAY.get(lower);
  if (shorthand !== undefined) return shorthand;
  const masked = MASKED.exec(lower);
  if (masked === null) return word;
  const start = masked[1] as string;
  return MASKED_BY_START.find(([begins]) => start.startsWith(begins))?.[1] ?? word;
}

/** "ch 13", "ch. 7", "chap 11": a bankruptcy chapter in an agent's note (a bare "ch" is a word begun). */
const CHAPTER = /\b(?:ch|chap)\.?\s*(7|11|13)\b/giu;

/**
 * A swear word minced to its letter ("f off", "eff you", "effing hell"): read whole when a word it
 * goes with follows, so a bare "f" (a grade, a note's abbreviation) stays a letter (round 9).
 */
const MINCED = /\b(?:f|eff)(?=\s+(?:off|you|u|ya|outta|this|that|them|it)\b)|\beffing\b/giu;

/** The query with texting shorthand and regional words read as the words they stand for. */
export function expandTextSpeak(query: string): string {
  if (HAN.test(query)) return query;
  const read = query
    .replace(CHAPTER, 'chapter $1')
    .replace(MINCED, (m) => (m.length > 3 ? 'fucking' : 'fuck'));
  const words = read.match(WORD);
  if (words === null) return read;
  return read.replace(WORD, words.length < 2 ? expandRegional : expandWord);
}
