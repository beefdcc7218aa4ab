/**
 * Crisis signals in what the customer said, independent of the pack's exact triggers (issue 11 §2).
 * A missed crisis is the worst failure of the product (DOMAIN.md, self-harm stops collection), so a
 * query carrying one of these keeps the pack's crisis card(s) in the results: first when the
 * signal is strong (suicide, a death wish, death as the end of the debt, a plan or a method,
 * disappearance; since round 11 also where the speaker stands — "I'm on the bridge", 我在江边 — and
 * a farewell said as final without a payment — 以后不会再麻烦你们了), in the first three when weak
 * (hopelessness, burden, "this is my last call"; crisis-cards.ts).
 *
 * The words are data (crisis-lexicon-zh.ts, crisis-lexicon-en.ts), the reading is per language
 * (crisis-zh.ts: 死 with its subject; crisis-en.ts: die/dead/gone with theirs, pinyin typed with
 * the IME off), all on the one folding (lib/text/fold.ts: width, case, 您 → 你) and linear in the
 * query's length. Near-misses are cut before matching: hyperbole (笑死, "dead tired"), refusals
 * (死活不还, "over my dead body"), deadlines, dead things (死机, "dead card"); a relative's death
 * (我爸去世了) is not a signal — the deceased card answers it.
 */
import { foldText } from '../text/fold';
import { enSignal } from './crisis-en';
import { zhSignal } from './crisis-zh';

export type CrisisSignal = 'strong' | 'weak';

/** The crisis signal the query carries, if any (strong outranks weak). */
export function crisisSignal(query: string): CrisisSignal | null {
  // Dots typed as a pause ("I want to... die", 我..想..死) are no clause break.
  const folded = foldText(query).replace(/\.{2,}|…+/g, ' ');
  const zh = zhSignal(folded);
  if (zh === 'strong') return zh;
  const en = enSignal(folded);
  return en === 'strong' ? en : (zh ?? en);
}
