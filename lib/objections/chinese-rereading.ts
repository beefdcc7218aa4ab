/**
 * Chinese said in the agent's words, read as the customer said it (issue 11 round 8), the way
 * english-rereading.ts reads "cx says its not his". The search reads the query through it before
 * normalising (search.ts), so the overlap, the bag and the concepts all see the customer's words.
 *
 * - A note that names the customer first (客户称…, 持卡人表示…, 本人表示…, 该客户…) is the
 *   customer's own words in the third person: the subject and a verb of saying (称, 表示, 扬言…)
 *   are dropped, and 其/他/她 read as 我 (客户称其失业 → 我失业, 客户不满联系其紧急联系人 →
 *   不满联系我紧急联系人). Without a verb of saying, only before a word that starts a clause (已,
 *   不, 没, 要求…; 要求 is kept, as packs say 要求减免), so a pack's 客户经理 or 客户号 is never cut.
 * - Speech reported at the start (他说…, 她讲…, 我老婆说…) is what was said: the reporting is
 *   dropped, and after 他说/她说 the speaker's 他/她 read as 我 (他说他下个月还 → 我下个月还).
 * - A note's written register puts the day between 已 and the verb (已于15号还款): read without
 *   it (已还款), as the customer says it.
 * Written from how collection notes and reported speech are phrased, never from a query set.
 *
 * It reads the query after normalising (normalize.ts), so the query is folded once per keystroke
 * (by the normaliser, with the one folding of lib/text/fold.ts): the compact text has no
 * punctuation or spaces left, and where they were is a word start, so a subject and its verb
 * of saying must run without one (客户，称 is not 客户称).
 */
import type { NormalizedText } from './normalize';
import { type Cut, cutOut } from './query-cuts';

/** How a note names the customer. */
const NOTE_SUBJECT = '(?:该|此)?(?:客户|持卡人|债务人|借款人|当事人|卡主)(?:本人)?|本人';
/** Verbs of saying after the subject: they report, the rest is what was said. */
const SAYING = '声称|自称|表示|反映|反馈|告知|提到|提出|回复|答复|坦言|扬言|称|说|讲';
/** Words a clause starts with: after one, the subject alone is dropped (客户已还款 → 已还款). */
const CLAUSE_START =
  '要求|已|不|没|未|无|想|要|希望|拒绝|拒|不满|同意|承认|因|目前|现在|仍|还|正在|在|暂时|暂';
/** Who may report speech at the start (他说, 我老婆说); the relatives of spoken.ts's short list. */
const REPORTER =
  '他|她|我(?:老婆|老公|媳妇|爱人|爸|妈|哥|姐|弟|妹|儿子|女儿|家里人|家人|朋友|同事)|(?:老婆|老公|媳妇)';
const REPORTING = '说|讲|讲了|说了|告诉我';

/** Group 1 is the verb of saying; without it, the subject stands right before a clause's start. */
const NOTE = new RegExp(`^(?:${NOTE_SUBJECT})(?:(${SAYING})|(?=${CLAUSE_START}))`);
/** 本人 alone is also the customer's own "本人过世了" said by a relative: only before a verb of saying. */
const SELF_ONLY = new RegExp(`^本人(?!${SAYING})`);
const REPORTED = new RegExp(`^(${REPORTER})(?:${REPORTING})`);
/** 其 as "his/her", not inside 其他, 其实, 其中, 其余, 尤其, 极其, 与其. */
const THIRD_QI = /(?<![尤极与])其(?![他实中余次])/g;
const THIRD_PERSON = /(?<![其吉])[他她](?!们)/g;
/** A day or time between 已 and its verb in a note (已于15号, 已于昨天). */
const DAY_AFTER_YI =
  /已(?:于|在)(?:[0-9一二三四五六七八九十两]+(?:月|号|日)){1,2}|已(?:于|在)(?:昨天|前天|今天|上周|上个月|本月|月初|月中|月底)/g;

/** What remains must say something: three characters or more (他说再过 is still being typed). */
const MIN_REST = 3;

/** True when a word starts strictly inside `[from, to)`: punctuation or a space stood there. */
function broken(starts: readonly number[], from: number, to: number): boolean {
  return starts.some((s) => s > from && s < to);
}

/** The length of the subject (and verb of saying) a note or reported speech starts with, or 0. */
function speakerLength(normal: NormalizedText): number {
  const { compact, starts } = normal;
  const note = SELF_ONLY.test(compact) ? null : NOTE.exec(compact);
  if (note !== null) {
    const end = note[0].length;
    // Without a verb of saying, the clause must follow the subject as one run (客户 已 is two).
    const joined = note[1] !== undefined || !starts.includes(end);
    if (joined && !broken(starts, 0, end)) return compact.length - end >= MIN_REST ? end : 0;
  }
  const reported = REPORTED.exec(compact);
  if (reported === null || broken(starts, 0, reported[0].length)) return 0;
  return compact.length - reported[0].length >= MIN_REST ? reported[0].length : 0;
}

/**
 * The query (normalised) read as the customer said it, or null when that reading is the same.
 * The third person reads as the first after a note's subject or 他说/她说 (他 → 我: one unit for
 * one, so offsets hold).
 */
export function chineseRereading(normal: NormalizedText): NormalizedText | null {
  if (!normal.hasHan) return null;
  const { compact } = normal;
  const cuts: Cut[] = [];
  const speaker = speakerLength(normal);
  let text = compact;
  if (speaker > 0) {
    cuts.push({ from: 0, to: speaker });
    const head = compact.slice(0, speaker);
    const rest = compact.slice(speaker);
    const reported = REPORTED.exec(head);
    const third = reported === null || reported[1] === '他' || reported[1] === '她';
    const qi = reported === null ? rest.replace(THIRD_QI, '我') : rest;
    text = head + (third ? qi.replace(THIRD_PERSON, '我') : qi);
  }
  for (const day of text.matchAll(DAY_AFTER_YI))
    if (day.index >= speaker) cuts.push({ from: day.index + 1, to: day.index + day[0].length });
  if (cuts.length === 0) return null;
  return cutOut(normal, cuts, text);
}

/** The query (normalised) to search: its Chinese rereading when it has one, else as typed. */
export function asSaid(normal: NormalizedText): NormalizedText {
  return chineseRereading(normal) ?? normal;
}
