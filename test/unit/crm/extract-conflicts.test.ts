// @vitest-environment jsdom
/**
 * Red team 9: a label the page shows twice, a hidden copy of a label, a hidden span inside a name.
 * The wrong customer or a wrong amount must never be shown: two different values for one label
 * are shown as a problem with both values, and what the page hides is not read.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { AccountContext } from '../../../lib/crm/context';
import { extractAccount } from '../../../lib/crm/extract';
import { demoAdapter } from '../../fixtures/crm/demo-adapter';

const NOW = Date.UTC(2026, 8, 1, 2, 0);
const html = readFileSync(resolve(import.meta.dirname, '../../fixtures/crm/account-full.html'), 'utf8');
const FACTS = '<dl class="facts">';
const OVERDUE = '<div class="fact"><dt>逾期金额</dt><dd>¥12,345.67</dd></div>';

/** The demo account page with `edit` applied, in the window's own document (styles apply). */
function read(edit: (page: string) => string): AccountContext {
  const body = /<body>([\s\S]*)<\/body>/.exec(edit(html))?.[1] ?? '';
  document.body.innerHTML = body;
  const report = extractAccount(document, demoAdapter, NOW);
  if (report.kind !== 'account') throw new Error(`expected an account, got: ${report.reason}`);
  return report.context;
}

const overdue = (context: AccountContext) => ({
  value: context.fields.overdueAmount?.value,
  problem: context.problems.find((p) => p.field === 'overdueAmount'),
});

describe('a label shown more than once', () => {
  it('reads the page as it is', () => {
    expect(overdue(read((page) => page)).value).toBe(1234567);
  });

  it.each([
    [
      'a second row with the same label before the real one',
      (p: string) => p.replace(FACTS, `${FACTS}<div class="fact"><dt>逾期金额</dt><dd>¥1.00</dd></div>`),
    ],
    [
      'the label and a value in a block before the facts',
      (p: string) => p.replace(FACTS, `<div>逾期金额</div><div>¥9.99</div>${FACTS}`),
    ],
    [
      'the label repeated after the real one',
      (p: string) =>
        p.replace(OVERDUE, `${OVERDUE}<div class="fact"><dt>逾期金额：</dt><dd>¥300.00</dd></div>`),
    ],
  ])('%s: shows neither value, lists both', (_name, edit) => {
    const context = read(edit);
    const { value, problem } = overdue(context);
    expect(value).toBeUndefined();
    expect(problem).toMatchObject({ problem: 'unparseable', required: true });
    expect(problem?.raw).toContain('¥12,345.67');
    expect(problem?.raw).toMatch(/¥(1|9\.99|300)\.?\d*/);
  });

  it('reads a label repeated with the same value', () => {
    const context = read((p) => p.replace(OVERDUE, `${OVERDUE}${OVERDUE}`));
    expect(overdue(context)).toEqual({ value: 1234567, problem: undefined });
  });

  it.each([
    ['display:none', '<div style="display:none">'],
    ['visibility:hidden', '<div style="visibility:hidden">'],
    ['the hidden attribute', '<div hidden>'],
  ])('ignores a copy hidden by %s', (_name, open) => {
    const context = read((p) =>
      p.replace(FACTS, `${open}<dl><dt>逾期金额</dt><dd>¥1.00</dd></dl></div>${FACTS}`),
    );
    expect(overdue(context)).toEqual({ value: 1234567, problem: undefined });
  });

  it('does not read a hidden span into the customer name', () => {
    const context = read((p) =>
      p.replace(
        '<h1 id="customer-name">张伟</h1>',
        '<h1 id="customer-name">张<span style="display:none">王芳</span><b hidden>李</b>伟</h1>',
      ),
    );
    expect(context.fields.name?.value).toBe('张伟');
  });

  it('refuses an account key its label shows twice with different values', () => {
    const adapter = {
      ...demoAdapter,
      accountKey: { label: '账户编号', parse: 'text' as const, required: true },
    };
    document.body.innerHTML =
      /<body>([\s\S]*)<\/body>/.exec(
        html.replace(FACTS, `${FACTS}<div><dt>账户编号</dt><dd>CC20240002</dd></div>`),
      )?.[1] ?? '';
    const report = extractAccount(document, adapter, NOW);
    expect(report).toMatchObject({ kind: 'none' });
    expect(report.kind === 'none' && report.reason).toContain('ambiguous');
  });
});
