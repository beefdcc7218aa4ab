/**
 * The Chinese passive with its agent said (issue 11 round 15): 我被网贷骗了, 被人骗了, 被他们骗走了,
 * 让人给骗了, 被公司裁了, 被老板开了, 被小偷偷了. The lexicon writes the passive whole (被骗, 被裁,
 * 被开, 被偷), and the agent between 被 and the verb hid it: 被网贷骗了 said no scam, only the 网贷
 * of no money. Read from how the passive is built, never from a query set: 被 (or the spoken 让/叫
 * with 给 before the verb: 让人给骗了), an agent of a few characters inside the clause, an optional
 * 给, then the rest of a lexicon form that starts with 被. The span covers the agent, so a concept
 * said only inside it (网贷, 医院) is who did it, not why (concept-spans.ts insideLonger).
 */
import type { Said } from './concept-spans';

/** What the reading needs of a compiled lexicon form (concept-index.ts). */
interface PassiveForm {
  form: { compact: string; han: boolean };
  concept: number;
}

/** Characters an agent may hold: longer than this and the verb belongs to another clause. */
const MAX_AGENT = 6;
/** Marks that end the agent: punctuation the normaliser keeps, another passive, a verb of saying. */
const NOT_AGENT = /[^\p{Script=Han}]|[被让叫说]/u;

/**
 * Adds the passive forms (`forms`: the lexicon's forms that start with 被) said with an agent
 * between: 被 + agent + (给) + the form's verb; 让 or 叫 only with 给 (让他开 is "let him drive").
 */
export function addAgentPassive(compact: string, forms: readonly PassiveForm[], all: Said[]): void {
  for (let at = 0; at < compact.length; at++) {
    const mark = compact[at] as string;
    if (mark !== '被' && mark !== '让' && mark !== '叫') continue;
    for (let agent = 1; agent <= MAX_AGENT; agent++) {
      const verbAt = at + 1 + agent;
      if (verbAt > compact.length || NOT_AGENT.test(compact[verbAt - 1] as string)) break;
      const given = compact[verbAt] === '给';
      if (mark !== '被' && !given) continue;
      const from = given ? verbAt + 1 : verbAt;
      const found = forms.find(({ form }) => form.han && compact.startsWith(form.compact.slice(1), from));
      if (found === undefined) continue;
      all.push({ concept: found.concept, at, end: from + found.form.compact.length - 1 });
      break;
    }
  }
}
