/**
 * What a customer says around the words that matter (issue 11 §1): particles (吧 呢 啊 了…),
 * filler (我现在, 那个, 就是…), and who is speaking (我是他爸 / 他老婆 / his wife / her dad).
 * Both the titles and triggers and the query are reduced the same way before their overlap is
 * measured, so "我现在真的没钱啊" and "现在没钱" meet on 没钱, and "我是他爸" meets "我是他老婆".
 * Applied to text already normalised by normalizeText (which folds with lib/text/fold.ts).
 */

/** Sentence-final and interjection particles: they carry tone, not the objection. */
const PARTICLES = new Set([
  '吧',
  '呢',
  '啊',
  '了',
  '嘛',
  '哦',
  '呀',
  '啦',
  '哈',
  '嗯',
  '唉',
  '哎',
  '喔',
  '噢',
  '哇',
  '呗',
  '咯',
  '么',
  '呃',
  '额',
  '嘞',
]);

/**
 * Words a particle character is part of, kept whole (issue 11): 了 of 了解 and 为了, 额 of 金额
 * and 额度 carry meaning there, and dropping the character anyway left 金 of 金额 and 度 of 额度.
 * 么 of 怎么 and 什么 is still dropped: those question words say little, and keeping them whole
 * lost as many tuning queries as it found.
 */
const PARTICLE_WORDS = [
  '为了',
  '除了',
  '了解',
  '了结',
  '金额',
  '额度',
  '总额',
  '余额',
  '数额',
  '限额',
  '额外',
];

/** Filler phrases, longest first (a greedy scan must try 我现在 before 现在). */
const FILLER = [
  // "It's not that I won't pay" (我不是不想还) is a preamble of goodwill, not a refusal: its 不想还
  // must not pull the refusal card over the reason that follows (issue 11).
  '不是不愿意还',
  '不是故意不还',
  '不是不想还',
  '不是不还',
  '我跟你说',
  '你听我说',
  '我跟你讲',
  '你知道吗',
  '怎么说呢',
  '说实话',
  '老实说',
  '说真的',
  '我觉得',
  '我现在',
  '那什么',
  '现在',
  '目前',
  '那个',
  '这个',
  '就是',
  '然后',
  '其实',
  '反正',
  '真的',
  '那啥',
  '你看',
  '哎呀',
  '唉呀',
];

/** Stands for any relative, partner, friend or colleague: one private-use character. */
export const KIN = '\ue000';

/** Who may answer for the debtor, longest first. */
const KIN_WORDS = [
  '女朋友',
  '男朋友',
  '家里人',
  '老头子',
  '老太太',
  '闺女',
  '老豆',
  '老母',
  '老爸',
  '老妈',
  '婆婆',
  '女婿',
  '儿媳',
  '外公',
  '姥爷',
  '老婆',
  '老公',
  '爸爸',
  '妈妈',
  '父亲',
  '母亲',
  '儿子',
  '女儿',
  '哥哥',
  '姐姐',
  '弟弟',
  '妹妹',
  '媳妇',
  '丈夫',
  '妻子',
  '爱人',
  '对象',
  '家人',
  '亲戚',
  '朋友',
  '同事',
  '室友',
  '邻居',
  '孩子',
  '爷爷',
  '奶奶',
  '外婆',
  '姥姥',
  '舅舅',
  '叔叔',
  '阿姨',
  '岳母',
  '岳父',
  '爸',
  '妈',
  '哥',
  '姐',
  '弟',
  '妹',
];

/**
 * English relatives read as KIN. A wife or husband is not one of them (issue 11 round 4): the packs
 * answer a spouse ("this is his wife") and any other relative ("this is his father") with
 * different cards, so the spouse's word is kept as said.
 */
const EN_KIN = new Set([
  'mom',
  'mum',
  'mother',
  'dad',
  'father',
  'son',
  'daughter',
  'brother',
  'sister',
  'roommate',
  'boyfriend',
  'girlfriend',
  'partner',
  'aunt',
  'uncle',
  'grandma',
  'grandmother',
  'grandpa',
  'grandfather',
  'cousin',
  'friend',
  'coworker',
  'colleague',
  'neighbor',
  'neighbour',
  'fiance',
  'fiancee',
  'parent',
  'kid',
  'child',
]);

const EN_FILLER = new Set([
  'um',
  'umm',
  'uh',
  'uhh',
  'er',
  'erm',
  'like',
  'well',
  'look',
  'listen',
  'honestly',
  'okay',
  'ok',
  'yeah',
  'oh',
  'man',
  'so',
  'basically',
  'literally',
  'actually',
]);

/**
 * Filler and relatives by their first code unit, longest first; particles by code unit. Keyed by
 * number so that the index build, which reduces every title and trigger, makes no string per
 * character (issue 11, build ≤ 500 ms).
 */
const BY_FIRST = new Map<number, string[]>();
for (const word of [...FILLER, ...KIN_WORDS, ...PARTICLE_WORDS]) {
  const first = word.charCodeAt(0);
  const list = BY_FIRST.get(first) ?? [];
  list.push(word);
  BY_FIRST.set(first, list);
}
for (const list of BY_FIRST.values()) list.sort((a, b) => b.length - a.length);
const KIN_SET = new Set(KIN_WORDS);
const KEPT_SET = new Set(PARTICLE_WORDS);
/** Particles are single characters; a longer entry could never match one code unit anyway. */
const PARTICLE_CODES = new Set([...PARTICLES].filter((p) => p.length === 1).map((p) => p.charCodeAt(0)));
const KIN_CODE = KIN.charCodeAt(0);

/**
 * Writes text[from, to) without particles (outside PARTICLE_WORDS) and filler, relatives replaced
 * by KIN, into `out` from 0 (at most to - from code units) and returns how many it wrote.
 */
export function reduceHanInto(text: string, from: number, to: number, out: Uint16Array): number {
  let count = 0;
  let i = from;
  while (i < to) {
    const code = text.charCodeAt(i);
    // A loop, not find() with a closure: the index build reduces every character of every title
    // and trigger, and a closure per character was a share of the build's garbage (issue 11).
    const list = BY_FIRST.get(code);
    let found: string | undefined;
    if (list !== undefined)
      for (let w = 0; w < list.length; w++) {
        const word = list[w] as string;
        if (i + word.length <= to && text.startsWith(word, i)) {
          found = word;
          break;
        }
      }
    if (found !== undefined) {
      if (KIN_SET.has(found)) out[count++] = KIN_CODE;
      else if (KEPT_SET.has(found))
        for (let k = 0; k < found.length; k++) out[count++] = text.charCodeAt(i + k);
      i += found.length;
      continue;
    }
    if (!PARTICLE_CODES.has(code)) out[count++] = code;
    i++;
  }
  return count;
}

/**
 * 1 per code unit of `run` inside a relative's name (老公, 妈妈): the bag channel (bag.ts) reads
 * what was said, but 我老公 says who, not why (老公 made 我老公得了重病 a death, from the trigger
 * 我老公去世了). The 的 of my mother's (我妈的手机) is who too: 妈的 there is no curse
 * (issue 11 round 8; 你妈的 still is one).
 */
export function kinMask(run: string): Uint8Array {
  const mask = new Uint8Array(run.length);
  let i = 0;
  while (i < run.length) {
    const found = BY_FIRST.get(run.charCodeAt(i))?.find(
      (word) => KIN_SET.has(word) && run.startsWith(word, i),
    );
    if (found === undefined) {
      i++;
      continue;
    }
    const end = i + found.length;
    // Only after a mother's name: the 的 of 我儿子的卡 says whose card, which the triggers say too.
    const mothers = (run[i - 1] === '我' || run[i - 1] === '们') && /[妈娘]$/.test(found);
    mask.fill(1, i, mothers && run[end] === '的' ? end + 1 : end);
    i = end;
  }
  return mask;
}

let scratch = new Uint16Array(256);

/** A Han run without particles and filler, relatives replaced by KIN. */
export function reduceHan(run: string): string {
  if (scratch.length < run.length) scratch = new Uint16Array(run.length * 2);
  const count = reduceHanInto(run, 0, run.length, scratch);
  let out = '';
  for (let i = 0; i < count; i++) out += String.fromCharCode(scratch[i] as number);
  return out;
}

/** An English word as it takes part in the overlap: '' for filler, KIN for a relative. */
export function reduceWord(word: string): string {
  if (EN_FILLER.has(word)) return '';
  return EN_KIN.has(word) ? KIN : word;
}

/**
 * Typed pinyin reduced as reduceHan reduces the characters it stands for (issue 11: an agent types
 * "wo xian zai mei qian a" for 我现在没钱啊): the index keeps the syllables of the reduced triggers,
 * so 现在 and 啊 typed as pinyin are terms no trigger has, and 老婆 should meet 我是他爸 as KIN.
 * Listed: the pinyin of FILLER and of the relatives of two or more characters (a test checks both
 * lists); a one-syllable relative (爸, 哥) is left alone, as its syllable is many other characters.
 */
// biome-ignore format: pinyin phrases
const PINYIN_FILLER: readonly string[] = [
  'bu shi bu yuan yi hai', 'bu shi gu yi bu hai', 'bu shi bu xiang hai', 'bu shi bu hai', 'wo gen ni shuo',
  'ni ting wo shuo', 'wo gen ni jiang', 'ni zhi dao ma', 'zen me shuo ne', 'shuo shi hua', 'lao shi shuo',
  'shuo zhen de', 'wo jue de', 'wo xian zai', 'na shen me', 'xian zai', 'mu qian', 'na ge', 'zhe ge',
  'jiu shi', 'ran hou', 'qi shi', 'fan zheng', 'zhen de', 'na sha', 'ni kan', 'ai ya',
];
// biome-ignore format: pinyin phrases
const PINYIN_KIN: readonly string[] = [
  'nv peng you', 'nan peng you', 'jia li ren', 'lao po', 'lao gong', 'ba ba', 'ma ma', 'fu qin', 'mu qin',
  'er zi', 'nv er', 'ge ge', 'jie jie', 'di di', 'mei mei', 'xi fu', 'zhang fu', 'qi zi', 'ai ren',
  'dui xiang', 'jia ren', 'qin qi', 'peng you', 'tong shi', 'shi you', 'lin ju', 'hai zi', 'ye ye',
  'nai nai', 'wai po', 'lao lao', 'jiu jiu', 'shu shu', 'a yi', 'yue mu', 'yue fu', 'lao tou zi', 'lao tai tai',
  'gui nv', 'lao dou', 'lao mu', 'lao ba', 'lao ma', 'po po', 'nv xu', 'er xi', 'wai gong', 'lao ye',
];
/** 了 wherever it stands; the other particles' syllables are other words too, so only at the end. */
const PINYIN_PARTICLE_ANYWHERE = new Set(['le']);
const PINYIN_PARTICLE_FINAL = new Set([
  'a',
  'ba',
  'ne',
  'ma',
  'o',
  'ya',
  'la',
  'ha',
  'ei',
  'wa',
  'bei',
  'lo',
]);

const PINYIN_PHRASES = [
  ...PINYIN_FILLER.map((p) => ({ syllables: p.split(' '), kin: false })),
  ...PINYIN_KIN.map((p) => ({ syllables: p.split(' '), kin: true })),
].sort((a, b) => b.syllables.length - a.syllables.length);

/** Data for the test that checks the pinyin lists against FILLER and KIN_WORDS. */
export const SPOKEN_WORDS = {
  filler: FILLER,
  kin: KIN_WORDS,
  pinyinFiller: PINYIN_FILLER,
  pinyinKin: PINYIN_KIN,
};

/** A run of typed syllables without filler and particles, relatives replaced by KIN. */
export function reduceSyllables(syllables: readonly string[]): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < syllables.length) {
    const found = PINYIN_PHRASES.find((p) => p.syllables.every((s, k) => syllables[i + k] === s));
    if (found !== undefined) {
      if (found.kin) out.push(KIN);
      i += found.syllables.length;
      continue;
    }
    const syllable = syllables[i] as string;
    if (!PINYIN_PARTICLE_ANYWHERE.has(syllable)) out.push(syllable);
    i++;
  }
  while (out.length > 0 && PINYIN_PARTICLE_FINAL.has(out[out.length - 1] as string)) out.pop();
  return out;
}
