/**
 * Crisis signals in what the customer said, independent of the pack's exact triggers (issue 11 §2).
 * A missed crisis is the worst failure of the product (DOMAIN.md, self-harm stops collection), so a
 * query carrying one of these keeps the pack's crisis card(s) in the results: first when the
 * signal is strong (suicide, self-harm, a death wish, a method), kept in the list when weak
 * (hopelessness, "I can't take it anymore").
 *
 * Written from how people in distress speak, not from the pack. Matching is on the folded query
 * (lib/text/fold.ts) with plain substring and bounded-gap look-ups: linear in the query length,
 * no pack regex. Near-misses are removed before matching: hyperbole (笑死, 累死, "dying to"),
 * refusals (死活不还, 死也不还), deadlines (死期, "dead line"), "miss you" (想死你). The death
 * of a relative (我爸去世了) is not a signal by itself: the deceased card answers it.
 */
import { foldText } from '../text/fold';
import { withinOneEdit } from './edit-distance';

export type CrisisSignal = 'strong' | 'weak';

/** Chinese phrases whose 死/活 is not about the speaker's life: cut out before matching. */
const ZH_NEAR_MISSES = [
  '死期',
  '死活',
  '死也不',
  '打死',
  '死不',
  '死磕',
  '死缠',
  '死皮赖脸',
  '死心',
  '死机',
  '死账',
  '死循环',
  '想死你',
  '笑死',
  '累死',
  '烦死',
  '忙死',
  '饿死',
  '热死',
  '冷死',
  '气死',
  '吓死',
  '困死',
  '急死',
  '你去死',
  '他去死',
  '去死吧你',
  '活路',
  '活动',
  '干活',
  '灵活',
  '快活',
  '活该',
  '生活',
];

/** Strong phrases that hold a near-miss (生活): looked for before the near-misses are cut. */
const ZH_STRONG_UNCUT = ['不想生活', '不想再生活'];

/** A [first, second, max characters between] look-up, or a plain phrase. */
type ZhPattern = string | readonly [string, string, number];

const ZH_STRONG: readonly ZhPattern[] = [
  '自杀',
  '自尽',
  '轻生',
  '寻死',
  '想死',
  '求死',
  '去死',
  '一死',
  '不想活',
  '不要活',
  '不活了',
  '活不下去',
  '活不成',
  '生不如死',
  '死了算了',
  '死掉算了',
  '一了百了',
  '死给你',
  '死在你',
  '陪葬',
  '遗书',
  '遗言',
  '自残',
  '自伤',
  '伤害自己',
  '割腕',
  '烧炭',
  '上吊',
  '跳楼',
  '跳河',
  '跳江',
  '跳海',
  '跳桥',
  '卧轨',
  '服毒',
  '喝农药',
  '敌敌畏',
  '百草枯',
  '老鼠药',
  '吞药',
  '安眠药',
  '吃一瓶',
  '整瓶药',
  '不想醒',
  '没脸活',
  ['不想', '活', 2],
  ['不', '活了', 3],
  ['结束', '生命', 4],
  ['了结', '自己', 3],
  ['了断', '自己', 3],
  ['结束', '自己', 3],
  ['死', '算了', 3],
  ['死', '好了', 2],
  ['活着', '意思', 5],
  ['活着', '意义', 5],
  ['活着', '干嘛', 3],
  ['割', '腕', 3],
  ['烧', '炭', 3],
  ['楼上', '跳', 3],
  ['吃', '药死', 4],
  ['药', '都吃了', 3],
];

const ZH_WEAK: readonly ZhPattern[] = [
  '撑不下去',
  '撑不住',
  '熬不下去',
  '熬不住',
  '扛不住',
  '挺不过去',
  '受不了了',
  '没希望',
  '没有希望',
  '绝望',
  '逼死',
  '走投无路',
  '活着好累',
  '活着太累',
  '活得好累',
  '活得太累',
  '崩溃',
  '消失算了',
  '不想醒',
  '没有意义',
];

/** English word sequences (apostrophes dropped: "can't" → cant). */
const EN_STRONG = [
  'kill myself',
  'killing myself',
  'kill my self',
  'kms',
  'suicide',
  'suicidal',
  'end my life',
  'ending my life',
  'end my own life',
  'take my life',
  'take my own life',
  'taking my life',
  'end it all',
  'ending it all',
  'want to die',
  'wanna die',
  'going to die',
  'ready to die',
  'wish i was dead',
  'wish i were dead',
  'better off dead',
  'rather be dead',
  'rather die',
  'dont want to live',
  'dont wanna live',
  'do not want to live',
  'dont want to be alive',
  'no reason to live',
  'nothing to live for',
  'not worth living',
  'no point living',
  'no point in living',
  'no point going on',
  'no point in going on',
  'point of living',
  'hurt myself',
  'harm myself',
  'cut myself',
  'hang myself',
  'overdose',
  'jump off a bridge',
  'jump off the bridge',
  'jump off a building',
  'jump off the roof',
  'jumping off a bridge',
  'jumping off the bridge',
  'jumping off a building',
  'jumping off the roof',
  'never wake up',
  'not be here anymore',
  'give up on life',
];

const EN_WEAK = [
  'cant go on',
  'cannot go on',
  'cant take it anymore',
  'cant take this anymore',
  'cant do this anymore',
  'hopeless',
  'no way out',
  'end of my rope',
  'nothing left to live for',
  'give up',
];

const EN_NEAR_MISSES = ['dying to', 'dead line', 'deadline', 'dead end', 'kill me'];

const HAN = /\p{Script=Han}/u;

/** Han-and-digits text with everything else dropped (spaces, punctuation, particles kept). */
function hanCompact(folded: string): string {
  let out = '';
  for (const char of folded) if (HAN.test(char)) out += char;
  return out;
}

function cutNearMisses(text: string, nearMisses: readonly string[], gap: string): string {
  let out = text;
  for (const miss of nearMisses) out = out.split(miss).join(gap);
  return out;
}

function zhMatches(text: string, pattern: ZhPattern): boolean {
  if (typeof pattern === 'string') return text.includes(pattern);
  const [first, second, maxGap] = pattern;
  for (let at = text.indexOf(first); at >= 0; at = text.indexOf(first, at + 1)) {
    const from = at + first.length;
    const window = text.slice(from, from + maxGap + second.length);
    // A cut near-miss (the gap mark) between the two halves breaks the pattern.
    const found = window.indexOf(second);
    if (found >= 0 && !window.slice(0, found).includes('|')) return true;
  }
  return false;
}

/** Lower-case words, apostrophes dropped, everything that is not a Latin letter a separator. */
function englishWords(folded: string): string[] {
  return folded
    .replace(/['’‘`]/g, '')
    .split(/[^a-z]+/)
    .filter((w) => w !== '');
}

/** One typo is forgiven if the first letter is right: any in words of four letters or more, a swap of neighbours in shorter ones (die → dei). */
function wordMatches(said: string, expected: string): boolean {
  if (said === expected) return true;
  if (said[0] !== expected[0] || !withinOneEdit(said, expected)) return false;
  return (
    expected.length >= 4 ||
    (said.length === expected.length && [...said].sort().join('') === [...expected].sort().join(''))
  );
}

/** Words a speaker slips inside a phrase ("I don't even really want to live"): up to two are skipped. */
const FILLERS = new Set([
  'even',
  'really',
  'just',
  'so',
  'actually',
  'honestly',
  'truly',
  'seriously',
  'literally',
  'simply',
  'fucking',
  'freaking',
  'kinda',
  'gonna',
]);

const MAX_FILLERS = 2;

/** The phrase's words from `start`, with up to MAX_FILLERS filler words skipped inside it. */
function phraseAt(words: readonly string[], start: number, want: readonly string[]): boolean {
  let at = start;
  let skipped = 0;
  for (let k = 0; k < want.length; k++, at++) {
    const said = words[at];
    if (said === undefined) return false;
    if (wordMatches(said, want[k] as string)) continue;
    if (k === 0 || skipped === MAX_FILLERS || !FILLERS.has(said)) return false;
    skipped++;
    k--;
  }
  return true;
}

/** A list of English phrases as words, and their run-together forms ("killmyself"). */
interface EnglishPhrases {
  words: readonly (readonly string[])[];
  joined: ReadonlySet<string>;
}

function englishPhrases(phrases: readonly string[]): EnglishPhrases {
  const words = phrases.map((p) => p.split(' '));
  return { words, joined: new Set(words.filter((w) => w.length > 1).map((w) => w.join(''))) };
}

function enMatches(words: readonly string[], phrases: EnglishPhrases): boolean {
  for (let start = 0; start < words.length; start++) {
    const first = (words[start] as string)[0];
    for (const want of phrases.words) {
      if ((want[0] as string)[0] === first && phraseAt(words, start, want)) return true;
    }
  }
  return words.some((w) => phrases.joined.has(w));
}

/**
 * Pinyin typed with the input method off (buxianghuole): whole syllable runs of the strong
 * Chinese phrases, starting at a word of the query, spaces between syllables ignored.
 */
const PINYIN_STRONG = [
  'zisha',
  'qingsheng',
  'buxianghuo',
  'buyaohuo',
  'huobuxiaqu',
  'woxiangsi',
  'xiangqusi',
  'yisileliao',
  'tiaolou',
  'gewan',
  'shaotan',
  'shangdiao',
  'anmianyao',
];

const PINYIN_LONGEST = Math.max(...PINYIN_STRONG.map((p) => p.length)) + 1;
/** A letter that would make the last syllable longer (zisha|ng = 自上): not the same word then. */
const SYLLABLE_GOES_ON = /^[aeioun]$/;

function pinyinSaid(words: readonly string[]): boolean {
  for (let i = 0; i < words.length; i++) {
    let run = '';
    for (let j = i; j < words.length && run.length < PINYIN_LONGEST; j++) run += words[j];
    if (PINYIN_STRONG.some((p) => run.startsWith(p) && !SYLLABLE_GOES_ON.test(run.charAt(p.length)))) {
      return true;
    }
  }
  return false;
}

const EN_STRONG_PHRASES = englishPhrases(EN_STRONG);
const EN_WEAK_PHRASES = englishPhrases(EN_WEAK);

/** The crisis signal the query carries, if any (strong outranks weak). */
export function crisisSignal(query: string): CrisisSignal | null {
  const folded = foldText(query);
  const han = hanCompact(folded);
  if (ZH_STRONG_UNCUT.some((p) => han.includes(p))) return 'strong';
  const zh = cutNearMisses(han, ZH_NEAR_MISSES, '|');
  const words = englishWords(cutNearMisses(folded, EN_NEAR_MISSES, ' | '));
  if (zh !== '') {
    if (ZH_STRONG.some((p) => zhMatches(zh, p))) return 'strong';
  }
  if (enMatches(words, EN_STRONG_PHRASES)) return 'strong';
  if (pinyinSaid(words)) return 'strong';
  if (zh !== '' && ZH_WEAK.some((p) => zhMatches(zh, p))) return 'weak';
  if (enMatches(words, EN_WEAK_PHRASES)) return 'weak';
  return null;
}
