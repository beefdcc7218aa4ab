// @vitest-environment jsdom
/**
 * Red team 11: read what an agent sees, never what they cannot. A name or an amount shown only as
 * a read-only `<input value>`, an `aria-label` or a `title` read as missing; hidden copies of an
 * amount (aria-hidden, off-screen, clipped, transparent, in a collapsed <details>) made a conflict
 * naming the hidden value; a hidden stale copy of a name first in the page was read as the name.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { AccountContext } from '../../../lib/crm/context';
import { extractAccount } from '../../../lib/crm/extract';
import type { Adapter } from '../../../lib/pack/schema';
import { demoAdapter } from '../../fixtures/crm/demo-adapter';

const NOW = Date.UTC(2026, 8, 1, 2, 0);
const html = readFileSync(resolve(import.meta.dirname, '../../fixtures/crm/account-full.html'), 'utf8');
const NAME = '<h1 id="customer-name">张伟</h1>';
const OVERDUE = '<div class="fact"><dt>逾期金额</dt><dd>¥12,345.67</dd></div>';
const FACTS = '<dl class="facts">';
const STALE = '<div class="fact"><dt>逾期金额</dt><dd>¥1.00</dd></div>';
const overdueIn = (dd: string) => (p: string) =>
  p.replace(OVERDUE, `<div class="fact"><dt>逾期金额</dt>${dd}</div>`);
const staleIn = (open: string, close: string) => (p: string) =>
  p.replace(FACTS, `${open}${STALE}${close}${FACTS}`);

function read(edit: (page: string) => string, adapter: Adapter = demoAdapter): AccountContext {
  document.body.innerHTML = /<body>([\s\S]*)<\/body>/.exec(edit(html))?.[1] ?? '';
  const report = extractAccount(document, adapter, NOW);
  if (report.kind !== 'account') throw new Error(`expected an account, got: ${report.reason}`);
  return report.context;
}

const shown = (context: AccountContext) => ({
  name: context.fields.name?.value,
  overdue: context.fields.overdueAmount?.value,
  problems: context.problems,
});

describe('a value the page shows in a control or an accessible name', () => {
  it.each([
    ['a read-only input', (p: string) => p.replace(NAME, '<input id="customer-name" value="张伟" readonly>')],
    [
      'an input inside the element',
      (p: string) => p.replace(NAME, '<h1 id="customer-name"><input value="张伟" readonly></h1>'),
    ],
    ['an aria-label', (p: string) => p.replace(NAME, '<h1 id="customer-name" aria-label="张伟"></h1>')],
    ['a title', (p: string) => p.replace(NAME, '<div id="customer-name" title="张伟"></div>')],
    ['an input in the amount cell', overdueIn('<dd><input value="¥12,345.67" readonly></dd>')],
    ['an aria-label on the amount cell', overdueIn('<dd aria-label="¥12,345.67"></dd>')],
    ['a title on the amount cell', overdueIn('<dd title="¥12,345.67"></dd>')],
    [
      'an input with a hidden stale amount beside it',
      overdueIn('<dd><input value="¥12,345.67" readonly><span hidden>¥1.00</span></dd>'),
    ],
  ])('reads %s', (_name, edit) => {
    expect(shown(read(edit))).toEqual({ name: '张伟', overdue: 1234567, problems: [] });
  });

  it.each([
    ['a hidden input', overdueIn('<dd><input type="hidden" value="¥1.00">¥12,345.67</dd>')],
    ['an aria-label under shown text', overdueIn('<dd aria-label="¥1.00">¥12,345.67</dd>')],
  ])('reads the shown text over %s', (_name, edit) => {
    expect(shown(read(edit)).overdue).toBe(1234567);
  });

  it('never reads a password field', () => {
    const context = read(overdueIn('<dd><input type="password" value="¥1.00"></dd>'));
    expect(context.fields.overdueAmount).toBeUndefined();
    expect(context.problems).toEqual([{ field: 'overdueAmount', problem: 'missing', required: true }]);
  });
});

describe('hidden copies of a labelled amount are not read', () => {
  it.each([
    ['aria-hidden', staleIn('<div aria-hidden="true">', '</div>')],
    ['off-screen', staleIn('<div style="position:absolute;left:-9999px">', '</div>')],
    [
      'clipped to nothing',
      staleIn(
        '<div style="position:absolute;clip:rect(0 0 0 0);width:1px;height:1px;overflow:hidden">',
        '</div>',
      ),
    ],
    [
      'a screen-reader-only class',
      staleIn('<style>.sr{position:absolute;left:-10000px}</style><div class="sr">', '</div>'),
    ],
    ['transparent', staleIn('<div style="opacity:0">', '</div>')],
    ['a collapsed details', staleIn('<details><summary>更多</summary>', '</details>')],
    ['a hidden cell after the label', overdueIn('<dd hidden>¥1.00</dd><dd>¥12,345.67</dd>')],
  ])('%s: reads the shown amount, no conflict', (_name, edit) => {
    expect(shown(read(edit))).toEqual({ name: '张伟', overdue: 1234567, problems: [] });
  });

  it('still lists two shown values as a conflict', () => {
    const context = read(staleIn('<div>', '</div>'));
    expect(context.problems).toEqual([
      { field: 'overdueAmount', problem: 'unparseable', required: true, raw: '¥1.00 / ¥12,345.67' },
    ]);
  });
});

describe('a value read by a selector', () => {
  const byClass: Adapter = {
    ...demoAdapter,
    fields: { ...demoAdapter.fields, name: { selector: '.customer', parse: 'text', required: true } },
  };

  it('reads the copy the agent sees, not a hidden stale one before it', () => {
    const edit = (p: string) =>
      p.replace(
        NAME,
        '<span class="customer" style="display:none">李四</span><h1 class="customer">张伟</h1>',
      );
    expect(shown(read(edit, byClass)).name).toBe('张伟');
  });

  it('reads nothing when every copy is hidden', () => {
    const edit = (p: string) => p.replace(NAME, '<h1 class="customer" aria-hidden="true">李四</h1>');
    expect(read(edit, byClass).fields.name).toBeUndefined();
  });
});

describe('a control inside a value that shows no text of its own', () => {
  it.each([
    ['a checked checkbox', '<input type="checkbox" checked>'],
    ['a radio', '<input type="radio" value="on" checked>'],
    ['a password field', '<input type="password" value="secret">'],
  ])('%s adds nothing to the name', (_what, control) => {
    const context = read((p) => p.replace(NAME, `<h1 id="customer-name">张伟 ${control}</h1>`));
    expect(context.fields.name?.value).toBe('张伟');
  });
});
