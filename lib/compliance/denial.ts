/**
 * The one denial reader of forbidden phrases (issue 5 §4, issue 12 §10; review debt: the words
 * right before an act and the frames around it were two regex layers added in different rounds).
 * A denial turns a forbidden act into the reassurance an agent is taught to give (`我们不会把您的
 * 欠款告诉您的邻居`, `We will not contact your employer`); only words that deny the act count. Each
 * frame is named, reads its words from the one vocabularies (lib/text/negation-zh.ts,
 * negation-en.ts) and is tested on a bounded window before the act, so matching stays linear.
 */
import { EN_NEGATION } from '../text/negation-en';
import { ZH_NEGATION } from '../text/negation-zh';

/** Characters that end a Chinese clause, or say a consequence (就/才/则/那: `不还就上门`) or a cause (因). */
const ZH_CLAUSE = '[^，,。；;！!？?就才则那因]';
/** English words that deny, typed without the apostrophe too (dont, wont). */
const EN_NOT = [
  ...EN_NEGATION.adverbs,
  ...EN_NEGATION.fused,
  ...EN_NEGATION.determiners,
  ...EN_NEGATION.contracted,
].join('|');
const EN_NOBODY = EN_NEGATION.subjects.join('|');
/** Verbs of reaching someone, whose denial covers every person listed after them. */
const LIST_VERBS =
  'contact|call|ring|phone|tell|inform|notify|text|email|message|reach out to|reach|visit|speak to|speak with|talk to|talk with|involve';
/** One person or body in such a list: a word or two (`your employer`, `any court`). */
const LIST_ITEM = String.raw`[a-z'’-]+(?:\s[a-z'’-]+)?`;
/** How a list goes on: the window must end so before the list frame is read. */
const LIST_END = / (?:or|nor|and) $/u;
const alternatives = (words: readonly string[]) => words.join('|');

/** Frames read together: the first match in the window decides (a question before a denial asks). */
interface FrameGroup {
  /** Characters before the act that the frames see. */
  window: number;
  /** A match that starts a question (能不能, 会不会, 有没有) is no denial. */
  questionIsNoDenial: boolean;
  /** A cheap test the window must pass before the frames are read (most windows fail it). */
  when?: (before: string) => boolean;
  frames: Readonly<Record<string, string>>;
}

/** In the order they are tried; a frame's name says what it reads. */
const FRAME_GROUPS: readonly FrameGroup[] = [
  {
    window: 16,
    questionIsNoDenial: false,
    frames: {
      // Words the agent repeats from the customer (`您说要找亲戚借钱`, `您担心会不会坐牢`): the
      // customer's plan or worry, answered, not the agent's suggestion.
      reported: '你(?:说|提到|担心|问)[^，,。；;！!？?]{0,8}$',
    },
  },
  {
    window: 48,
    questionIsNoDenial: false,
    frames: {
      // A record that something was not done (`未透露任何欠款信息`, the 未 of written notes), not
      // after a condition: `如果未还款…` is one.
      zhRecord: `(?<!如果|若|要是|一旦|假如|倘若|万一)(?:${alternatives(ZH_NEGATION.recordAdverbs)}|)(?:${alternatives(ZH_NEGATION.record)})${ZH_CLAUSE}{0,6}$`,
      // A negation before an article or advice (`we're not a government agency`, `Do not suggest
      // they borrow from friends`).
      // A body named after the negation takes `the` too (`I'm not from the government`).
      enNotArticleOrAdvice: String.raw`(?:\b(?:${alternatives(EN_NEGATION.adverbs)})|n['’]t)\s(?:(?:from|with|part of|calling from|working for)\s(?:(?:a|an|any|the)\s)?|(?:a|an|any|(?:suggest|recommend|advise|encourage|urge|ask|tell|pressure|push|force)(?:\s(?:you|they|he|she|him|her|them|anyone|the (?:consumer|customer|debtor)))?(?:\sto)?)\s)$`,
      // A record that something was left out (`no mention of the debt`, `without reference to the balance`).
      enNoMention: String.raw`\b(?:no|without|never)\s(?:mention|mentioning|reference|details|word|discussion|disclosure)(?:\s(?:of|to|about|regarding))?(?:\s(?:the|any|a|his|her|their))?\s$`,
      // A subject that denies the act, right before it (`no one from our team will`) or with its
      // auxiliary or a few words between (`nobody is going to arrest you`, `No court has ordered`,
      // `Nobody at your work or in your family will hear`).
      enDenyingSubject: String.raw`\b(?:${EN_NOBODY}|no court|no judge)(?: from(?: [a-z]+){1,3})?(?:\s[a-z'’]+){0,6}\s$`,
    },
  },
  {
    window: 80,
    questionIsNoDenial: false,
    when: (before) => before.endsWith(', ') || LIST_END.test(before),
    frames: {
      // One negation over a list (`we will not contact your family, your employer or your
      // neighbors`, `I'm not from any court or police department`): each later item is denied too.
      enNegatedList: String.raw`(?:\b(?:${EN_NOT})|n['’]t)\s(?:ever\s)?(?:(?:${LIST_VERBS})\s(?:your|his|her|their)|(?:from|with|part of)\s(?:any|a|an|the))\s${LIST_ITEM}(?:,\s(?:(?:your|his|her|their|any|a|an|the)\s)?${LIST_ITEM})*(?:,\s|,?\s(?:or|nor|and)\s)$`,
    },
  },
  {
    // Advice reaches a whole clause (不建议您为了还这笔钱去借网贷或者找亲戚朋友借): up to 18
    // characters before the act; the other frames of the group read only their last few.
    window: 24,
    questionIsNoDenial: true,
    frames: {
      // A negated auxiliary in the same clause, at most six characters before the act; not a
      // rhetorical 就不能 / 难道不能.
      zhAuxiliary: `(?<!就|道|么)(?:${alternatives(ZH_NEGATION.auxiliaries)})${ZH_CLAUSE}{0,6}$`,
      // Advice not to (不建议, 不需要, 不用), up to eighteen characters of its clause before the act.
      zhAdvice: `(?<!就|道|么)(?:${alternatives(ZH_NEGATION.advice)})${ZH_CLAUSE}{0,18}$`,
      // The bare 不 right before the act (not 要不, 就不).
      zhBare: '(?<!就|道|么|要)不$',
      // An English negation right before the act or before one of a few verbs (`don't share your
      // PIN`), so `if you don't pay, we garnish` stays flagged.
      enNegated: String.raw`(?:\b(?:${EN_NOT})|n['’]t)(?:\s(?:ever|share|give|ask for|ask|need|need to|have to|want to|plan to|going to|gonna|about to|request|disclose|reveal|say))?\s$`,
    },
  },
  {
    window: 48,
    questionIsNoDenial: false,
    when: (before) => before.includes('only') || before.includes('法院'),
    frames: {
      // A statement of law, not a threat: the act is said to need a court (`only a court can order
      // garnishment`, `只有法院才能强制执行`); FDCPA 1692e(4) and 催收工作指引 forbid asserting the act
      // will happen, not explaining when it lawfully can.
      lawOnlyBy: String.raw`(?:\bonly\s(?:by\s|after\s|with\s|through\s)?(?:a|the)\s(?:court|judge)\b[^.;!?]{0,32}|(?:只有|唯有|只能由|须由|必须由|必须经|必须经过|只有经过|只有通过)(?:人民)?法院[^，,。；;！!？?]{0,12})$`,
    },
  },
  {
    window: 32,
    questionIsNoDenial: true,
    when: (before) => before.includes('把') || before.includes('将'),
    frames: {
      // A negated auxiliary before a 把/将 object (`不会通过任何方式把你的欠款情况告诉…`): the
      // object stands between the negation and its verb, so the denial reaches further.
      // A causative between them (`不要逼我们把…告诉你家人`) makes the act the speaker's own threat.
      zhAuxiliaryBa: `(?<!就|道|么)(?:${alternatives(ZH_NEGATION.auxiliaries)})(?:(?!逼|让|叫|迫使|害得)${ZH_CLAUSE}){0,8}(?:把|将)${ZH_CLAUSE}{0,10}$`,
    },
  },
];

export type DenialFrame = string;

interface Compiled {
  window: number;
  questionIsNoDenial: boolean;
  when?: (before: string) => boolean;
  names: string[];
  pattern: RegExp;
}

/** One expression per group, each frame a named group, so the first match of the group decides. */
const COMPILED: readonly Compiled[] = FRAME_GROUPS.map(({ window, questionIsNoDenial, when, frames }) => {
  const names = Object.keys(frames);
  const source = names.map((name) => `(?<${name}>${frames[name]})`).join('|');
  return { window, questionIsNoDenial, when, names, pattern: new RegExp(source, 'u') };
});

/** The frame that denies an act starting at `at` of the folded `text`, or null. */
export function denialBefore(text: string, at: number): DenialFrame | null {
  for (const { window, questionIsNoDenial, when, names, pattern } of COMPILED) {
    const before = text.slice(Math.max(0, at - window), at);
    if (when && !when(before)) continue;
    const m = pattern.exec(before);
    if (!m) continue;
    // A question (能不能帮他还, 会不会上门, 有没有点良心) asks, it does not deny.
    if (questionIsNoDenial && isQuestion(before, m.index, m[0])) return null;
    return names.find((name) => m.groups?.[name] !== undefined) ?? null;
  }
  return null;
}

function isQuestion(before: string, index: number, match: string): boolean {
  return '不没'.includes(match[0] as string) && index > 0 && before[index - 1] === match[1];
}

/**
 * A denial said after the act (`上门催收我们是不做的`, `home visits are not something we do`): the
 * act is named first as a topic, then denied. Read on the rest of its clause only.
 */
const DENIED_AFTER = new RegExp(
  String.raw`^${ZH_CLAUSE}{0,10}?(?:是|都是|也是|)(?:${alternatives(ZH_NEGATION.auxiliaries)}|从来不|不)(?:做|干|搞|安排|允许)(?:的|)(?:$|[，,。；;！!？?])|^[^.;!?]{0,24}?\b(?:is|are)\s(?:${alternatives(EN_NEGATION.adverbs)})\s(?:something|anything)\s(?:we|i)\s(?:do|offer|allow)\b`,
  'u',
);
const AFTER_WINDOW = 48;

/**
 * A statement of law said right after the act (`Garnishment can only follow a court judgment`,
 * `强制执行必须经过法院判决`): the act is the subject of a rule about due process, not asserted as
 * what will happen to the listener (review: general statements of law were flagged as threats).
 */
const LAW_AFTER =
  /^(?:\s(?:can|may|could|would)\s(?:only|never)\b|\s(?:only\s(?:follows|comes|happens)|requires|needs|would\s(?:need|require))\s(?:a\s|an\s|the\s)?(?:court|judge|judgment|judgement|lawsuit)\b|(?:只有|只能|必须|需要|须)(?:先)?(?:经过|通过|由|经|依|依据|有)?(?:人民)?(?:法院|法定程序|司法程序|生效判决|判决))/u;

/** A denial after the act ending at `end` of the folded `text`. */
export function deniedAfter(text: string, end: number): boolean {
  const rest = text.slice(end, end + AFTER_WINDOW);
  return DENIED_AFTER.test(rest) || LAW_AFTER.test(rest);
}

/** A denial before the act: the guard's phrases drop the match (phrase-scan.ts). */
export function negatedBefore(text: string, at: number): boolean {
  return denialBefore(text, at) !== null;
}
