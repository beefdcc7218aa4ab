/**
 * A placeholder must keep its sentence true on a real CRM page (content review 10). `dueDate` is the
 * statement's due date the debtor missed — on an account {{dpd}} days past due it has passed — so no
 * line may ask for a payment "by {{dueDate}}": the en-US M1 line asked for the minimum by a date
 * already gone (the demo CRM: due 2026-02-10, 75 days past due).
 */
import { loadDefaultPack } from './content-helpers';

const packs = [loadDefaultPack('zh-CN'), loadDefaultPack('en-US')];
/** A due date written as a deadline still ahead: "by/before/until {{dueDate}}", 「{{dueDate}}前」. */
const AS_DEADLINE =
  /\b(by|before|until|no later than)\s+\{\{\s*dueDate\b[^}]*\}\}|\{\{\s*dueDate\b[^}]*\}\}\s*(前|之前|以前|为止)/i;

function allTexts(pack: (typeof packs)[number]): { where: string; text: string }[] {
  return [
    ...pack.scripts.flatMap((s) =>
      s.stages.flatMap((st) => st.lines.map((l) => ({ where: `${s.id}/${l.id}`, text: l.text }))),
    ),
    ...pack.objections.flatMap((o) =>
      [...o.say, ...(o.do ?? [])].map((text, i) => ({ where: `${o.id}[${i}]`, text })),
    ),
  ];
}

describe.each(packs.map((p) => [p.locale, p] as const))('%s: the missed due date', (_locale, pack) => {
  it('is the date the account went past due in the demo CRM (before the pack was published)', () => {
    for (const adapter of pack.crm.adapters) {
      const due = adapter.sample?.dueDate;
      if (due) expect(due < pack.publishedAt.slice(0, 10), adapter.id).toBe(true);
    }
  });

  it('is never given as a deadline still ahead', () => {
    const wrong = allTexts(pack).filter((t) => AS_DEADLINE.test(t.text));
    expect(wrong.map((t) => `${t.where}: ${t.text}`)).toEqual([]);
  });
});

it('catches the en-US M1 line as it was, and not the zh line that says the date has passed', () => {
  expect(
    AS_DEADLINE.test('a payment of at least {{minimumDue|money}} by {{dueDate|date}} is a good first step'),
  ).toBe(true);
  expect(AS_DEADLINE.test('请在{{dueDate|date}}前还款')).toBe(true);
  expect(AS_DEADLINE.test('到期还款日是{{dueDate|date}}，到今天还没有看到还款到账。')).toBe(false);
});
