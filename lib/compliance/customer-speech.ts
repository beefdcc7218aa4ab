/**
 * What the customer said, as the agent records it in a note (issue 12 §10, review "Forbidden
 * phrases"): `客户说他已经报警了`, `客户原话："你们再打我就去投诉"`, `customer said "I'll call the
 * police"`. A forbidden phrase inside such a span is a hint for the reviewer, not the agent's
 * violation. Markers are matched on the folded text (lib/text/fold.ts), spans run to the end of
 * the sentence or the closing quote.
 */
import { foldWithOffsets } from '../text/fold';

export interface Span {
  start: number;
  end: number;
}

/** Quotes: a quoted passage is someone's words, never the agent's own threat. */
const QUOTES: readonly [string, string][] = [
  ['“', '”'],
  ['‘', '’'],
  ['「', '」'],
  ['『', '』'],
  ['"', '"'],
];

/** Who spoke, then the words: Chinese and English ways agents write it (folded: 您→你, case). */
// Not after 跟/对/和/给/向/告诉 ("我跟他说…" is the agent speaking to them), nor after 到/让/叫/请/
// 帮/替 or before 一声 ("见到他说一声" asks someone to pass a word on: the agent's own request).
// The customer may be named before a short clause of how they were (客户情绪激动，说要…), or
// with an adverb before the verb (客户主动说, 客户又说, 她后来说).
const SPEAKER =
  /(?<!跟|对|和|给|向|告诉|通知|到|让|叫|请|帮|替)(?:客户|客人|持卡人|债务人|本人|对方|家属|他|她)(?:主动|又|也|自己|后来|还|再次|一再|亲口|当时|随后|最后|)(?:原话|说(?!一声)|称|讲|问|表示|提到|反映|骂|回复|回答|声称|抱怨|说道|表明|投诉|要求|扬言|担心|怀疑|哭诉)|(?:客户|客人|持卡人|债务人|对方)[^。！？!?\n，,]{1,8}[，,](?:说(?!明|服|一声)|称|表示|声称|扬言|骂)|(?:customer|cust|client|cardholder|debtor|consumer|ch|cx|he|she|they|caller|spouse|wife|husband)\s+(?:said|says|asked|asks|stated|states|claimed|claims|told me|yelled|shouted|mentioned|complained|reported|called (?:me|us)|threatened|worried|wrote|accused (?:me|us))|per (?:customer|cust|cardholder|debtor)|according to (?:the )?(?:customer|cardholder|debtor)/gu;

/** A customer's span ends at the end of the sentence (or line). */
const SENTENCE_END = /[。！？!?\n]|\.(?:\s|$)/u;

/** Spans of `text` (original offsets) that record what the customer or another person said. */
export function customerSpans(text: string): Span[] {
  const spans: Span[] = [];
  for (const [open, close] of QUOTES) {
    let from = 0;
    for (;;) {
      const start = text.indexOf(open, from);
      if (start < 0) break;
      const end = text.indexOf(close, start + 1);
      if (end < 0) break;
      spans.push({ start, end: end + close.length });
      from = end + close.length;
    }
  }
  const folded = foldWithOffsets(text);
  for (const m of folded.text.matchAll(SPEAKER)) {
    const afterMarker = (m.index ?? 0) + m[0].length;
    const rest = folded.text.slice(afterMarker);
    // Skip the colon or quote after the marker, then run to the sentence's end.
    const lead = /^[\s:：,，]*/u.exec(rest)?.[0].length ?? 0;
    const stop = SENTENCE_END.exec(rest.slice(lead));
    const endFolded = afterMarker + lead + (stop ? stop.index : rest.length - lead);
    const start = folded.starts[m.index ?? 0] ?? 0;
    const end = endFolded > 0 ? (folded.ends[endFolded - 1] ?? text.length) : start;
    spans.push({ start, end });
  }
  return spans;
}

/** True when [start, end) lies inside one of the spans. */
export function insideSpans(spans: readonly Span[], start: number, end: number): boolean {
  return spans.some((s) => start >= s.start && end <= s.end);
}
