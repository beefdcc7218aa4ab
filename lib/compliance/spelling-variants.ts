/**
 * British, Canadian and Australian spellings of English words read as the American one (guard round
 * 15: `your neighbours know` was silent while `your neighbors know` was flagged, as the pack spells
 * `neighbor(s)` in most phrases). Not folding (lib/text/fold.ts folds characters; this reads whole
 * English words): the guard's normaliser (phrase-matcher.ts) applies it to the text and to every
 * phrase and family word it compiles, so a pack written in either spelling matches both, and no
 * phrase needs its variants listed by hand.
 * A class of spellings is read by its ending (`-our`, `-re`, `-ise`/`-isation`, `-yse`, `-ence`,
 * `-lled`) over a list of stems, and a few words one by one (`cheque`, `gaol`, `mum`, `learnt`).
 * Only a spelling whose two readings are one word is read: `ise` words spelt so in American too
 * (`promise`, `advise`, `surprise`) keep their spelling, so the denial frames that name them still do.
 * One pass over a word's letters and a few set reads: linear in the text.
 */

/** `-our` stems (the word as British spells it): `neighbourhood`, `misdemeanour`, `dishonoured` hold one. */
const OUR_STEMS = new Set(
  (
    'ardour armour arbour behaviour candour clamour colour demeanour endeavour favour fervour flavour ' +
    'glamour harbour honour humour labour neighbour odour parlour rancour rigour rumour saviour savour ' +
    'splendour tumour valour vapour vigour'
  ).split(' '),
);
const OUR_STEM_LENGTHS = [...new Set([...OUR_STEMS].map((s) => s.length))];

/** `-re` stems: `centre` → `center`, `centres` → `centers`, `centred` → `centered`, `centring` → `centering`. */
const RE_STEMS = (
  'centre theatre metre litre fibre calibre sombre spectre meagre lustre sabre manoeuvre goitre ' +
  'mitre ochre reconnoitre sepulchre'
).split(' ');

/** `-ence` nouns spelt `-ense` in American: `licence(s)`, `offence`, `defence`, `pretence`. */
const ENCE_STEMS = ['licence', 'offence', 'defence', 'pretence'];

/** Stems whose `l` British doubles before an ending (`travelled`, `dialling`, `jeweller`). */
const DOUBLE_L_STEMS = new Set(
  (
    'cancel channel counsel dial duel equal fuel funnel jewel label level marvel model panel pedal ' +
    'quarrel rival shovel signal snivel squirrel total travel tunnel unravel yodel grovel'
  ).split(' '),
);
const DOUBLE_L_ENDINGS = ['ed', 'ing', 'er', 'ers', 'or', 'ors', 'ous'];

/** The endings of an `-ise` verb and what American writes for each. */
const ISE_ENDINGS: readonly [string, string][] = [
  ['isations', 'izations'],
  ['isation', 'ization'],
  ['isers', 'izers'],
  ['ising', 'izing'],
  ['ised', 'ized'],
  ['ises', 'izes'],
  ['iser', 'izer'],
  ['ise', 'ize'],
];
/** What comes before `-ise` in verbs spelt `-ize` in American (`realise`, `apologise`, `organise`, `criticise`…). */
const ISE_BEFORE = [
  'al',
  'il',
  'ol',
  'or',
  'ar',
  'er',
  'ur',
  'og',
  'n',
  'at',
  'it',
  'et',
  'ic',
  'as',
  'es',
  'rd',
  'id',
  'im',
  'om',
  'pt',
];
/** Words with those endings that American spells `-ise` too (the base, `-ise`): left as they are. */
const ISE_BOTH = new Set(
  (
    'arise chastise circumcise comprise compromise concise demise despise disguise enterprise excise ' +
    'exercise expertise franchise incise merchandise mortise paradise precise premise promise raise ' +
    'reprise sunrise surmise surprise treatise valise anise porpoise tortoise noise poise turquoise ' +
    'apprise advertise'
  ).split(' '),
);

/** `-yse` verbs: `analyse`, `paralysed`, `catalysing`. */
const YSE_STEMS = ['analys', 'paralys', 'catalys', 'dialys', 'electrolys', 'hydrolys'];
const YSE_ENDINGS = ['e', 'es', 'ed', 'ing', 'er', 'ers'];

/** Single words (and their forms) British spells otherwise, British → American. */
const WORDS = new Map<string, string>(
  Object.entries({
    cheque: 'check',
    cheques: 'checks',
    chequebook: 'checkbook',
    chequebooks: 'checkbooks',
    chequing: 'checking',
    programme: 'program',
    programmes: 'programs',
    judgement: 'judgment',
    judgements: 'judgments',
    acknowledgement: 'acknowledgment',
    gaol: 'jail',
    gaols: 'jails',
    gaoled: 'jailed',
    gaoler: 'jailer',
    mum: 'mom',
    mums: 'moms',
    mummy: 'mommy',
    grey: 'gray',
    catalogue: 'catalog',
    catalogues: 'catalogs',
    dialogue: 'dialog',
    ageing: 'aging',
    instalment: 'installment',
    instalments: 'installments',
    fulfil: 'fulfill',
    fulfils: 'fulfills',
    fulfilment: 'fulfillment',
    enrol: 'enroll',
    enrols: 'enrolls',
    enrolment: 'enrollment',
    wilful: 'willful',
    wilfully: 'willfully',
    skilful: 'skillful',
    jewellery: 'jewelry',
    sceptical: 'skeptical',
    practise: 'practice',
    practised: 'practiced',
    practising: 'practicing',
    tyre: 'tire',
    tyres: 'tires',
    kerb: 'curb',
    storey: 'story',
    pyjamas: 'pajamas',
    // Past forms British writes with -t (the matcher reads the -ed ones as inflections).
    learnt: 'learned',
    spelt: 'spelled',
    burnt: 'burned',
    dreamt: 'dreamed',
    spoilt: 'spoiled',
    smelt: 'smelled',
    leapt: 'leaped',
    spilt: 'spilled',
  }),
);

/** The `-our` word with the `u` of its stem dropped, or undefined. */
function ourWord(word: string): string | undefined {
  for (let at = word.indexOf('our'); at >= 0; at = word.indexOf('our', at + 1)) {
    for (const length of OUR_STEM_LENGTHS) {
      const from = at + 3 - length;
      if (from >= 0 && OUR_STEMS.has(word.slice(from, at + 3)))
        return word.slice(0, at + 1) + word.slice(at + 2);
    }
  }
  return undefined;
}

function reWord(word: string): string | undefined {
  for (const stem of RE_STEMS) {
    const base = stem.slice(0, -2);
    const at = word.indexOf(base);
    if (at < 0) continue;
    const rest = word.slice(at + base.length);
    const head = word.slice(0, at) + base;
    if (rest === 're' || rest === 'res') return `${head}er${rest.slice(2)}`;
    if (rest === 'red') return `${head}ered`;
    if (rest === 'ring') return `${head}ering`;
    if (rest.startsWith('re')) return `${head}er${rest.slice(2)}`;
  }
  return undefined;
}

function iseWord(word: string): string | undefined {
  for (const [british, american] of ISE_ENDINGS) {
    if (!word.endsWith(british)) continue;
    const stem = word.slice(0, -british.length);
    if (stem.length < 2 || !ISE_BEFORE.some((before) => stem.endsWith(before))) return undefined;
    const base = `${stem}ise`;
    // A short one only as the whole word (`anise`, not `organise`); a longer one with a prefix too (`uncompromising`).
    for (const both of ISE_BOTH)
      if (base === both || (both.length > 5 && base.endsWith(both))) return undefined;
    return stem + american;
  }
  return undefined;
}

function otherWord(word: string): string | undefined {
  for (const stem of ENCE_STEMS) {
    const at = word.indexOf(stem);
    if (at >= 0) return `${word.slice(0, at)}${stem.slice(0, -2)}se${word.slice(at + stem.length)}`;
  }
  for (const stem of YSE_STEMS) {
    const at = word.indexOf(stem);
    if (at >= 0 && YSE_ENDINGS.includes(word.slice(at + stem.length)))
      return `${word.slice(0, at + stem.length - 1)}z${word.slice(at + stem.length)}`;
  }
  const ll = word.lastIndexOf('ll');
  if (ll > 0 && DOUBLE_L_ENDINGS.includes(word.slice(ll + 2)) && DOUBLE_L_STEMS.has(word.slice(0, ll + 1)))
    return word.slice(0, ll + 1) + word.slice(ll + 2);
  return undefined;
}

/**
 * The American spelling of a folded English word of the letters a–z, or the word itself. Applied
 * to its result it gives the result again (a reading never makes a word another reading would change).
 */
export function americanSpelling(word: string): string {
  if (word.length < 3) return word;
  const known = WORDS.get(word);
  if (known !== undefined) return known;
  return ourWord(word) ?? reWord(word) ?? iseWord(word) ?? otherWord(word) ?? word;
}

/** A folded text with the original offsets of each of its UTF-16 units (phrase-matcher.ts). */
export interface OffsetText {
  text: string;
  starts: number[];
  ends: number[];
}

const isLetter = (code: number) => code >= 97 && code <= 122;
/** A letter or digit of another alphabet (`café`, `colour2`): such a word is not read. */
const OTHER_WORD_UNIT = /[\p{L}\p{N}]/u;

/**
 * `n` with every English word of the letters a–z in its American spelling. A unit a reading adds
 * or changes takes the span of the letters it replaces (`centre` → `center`: `er` spans `re`), so
 * a match still covers exactly what was written. The same object when no word changes.
 */
export function withAmericanSpellings(n: OffsetText): OffsetText {
  const { text } = n;
  let out: OffsetText | undefined;
  let copied = 0;
  for (let i = 0; i < text.length; ) {
    if (!isLetter(text.charCodeAt(i))) {
      i++;
      continue;
    }
    let j = i;
    while (j < text.length && isLetter(text.charCodeAt(j))) j++;
    const word = text.slice(i, j);
    const american = americanSpelling(word);
    const alone = !OTHER_WORD_UNIT.test(text[i - 1] ?? ' ') && !OTHER_WORD_UNIT.test(text[j] ?? ' ');
    if (american !== word && alone) {
      out ??= { text: '', starts: [], ends: [] };
      copy(n, out, copied, i);
      spell(n, out, i, word, american);
      copied = j;
    }
    i = j;
  }
  if (!out) return n;
  copy(n, out, copied, text.length);
  return out;
}

function copy(from: OffsetText, to: OffsetText, a: number, b: number): void {
  to.text += from.text.slice(a, b);
  for (let k = a; k < b; k++) {
    to.starts.push(from.starts[k] as number);
    to.ends.push(from.ends[k] as number);
  }
}

/** Writes `american` for `word` (at `at` of `from`): shared head and tail keep their units' offsets. */
function spell(from: OffsetText, to: OffsetText, at: number, word: string, american: string): void {
  let head = 0;
  while (head < word.length && head < american.length && word[head] === american[head]) head++;
  let tail = 0;
  while (
    tail < word.length - head &&
    tail < american.length - head &&
    word[word.length - 1 - tail] === american[american.length - 1 - tail]
  )
    tail++;
  copy(from, to, at, at + head);
  // The changed middle spans the letters it replaces (or, when it only adds, the letter before).
  const first = at + head;
  const last = at + word.length - tail - 1;
  const near = head > 0 ? first - 1 : first;
  const start = from.starts[last >= first ? first : near] as number;
  const end = from.ends[last >= first ? last : near] as number;
  for (let k = head; k < american.length - tail; k++) {
    to.text += american[k];
    to.starts.push(start);
    to.ends.push(end);
  }
  copy(from, to, at + word.length - tail, at + word.length);
}
