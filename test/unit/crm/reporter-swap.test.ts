// @vitest-environment jsdom
/**
 * Red team 11: a CRM that swaps the customer while the panel reads it. An SPA rewrites the
 * header (the customer's name) before the facts and the account key; a read in between has the
 * new name with the old account's key and amounts. That read was sent at once (the account key
 * had not changed, so it was not a new account to confirm): the panel showed 王芳 with 张伟's
 * ¥12,345.67 under 张伟's account. The name is part of which customer a read is about.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { CrmReport } from '../../../lib/crm/context';
import { extractAccount } from '../../../lib/crm/extract';
import { createReporter } from '../../../lib/crm/reporter';
import { demoAdapter } from '../../fixtures/crm/demo-adapter';

const URL = 'http://127.0.0.1/crm/account';
const html = readFileSync(resolve(import.meta.dirname, '../../fixtures/crm/account-full.html'), 'utf8');

function load(): void {
  document.body.innerHTML = /<body>([\s\S]*)<\/body>/.exec(html)?.[1] ?? '';
}

/** The SPA's render of the next customer, in the order it writes the page. */
const swapSteps: (() => void)[] = [
  () => {
    const name = document.getElementById('customer-name');
    if (name) name.textContent = '王芳';
  },
  () => {
    for (const dd of document.querySelectorAll('dd'))
      if (dd.textContent === '¥12,345.67') dd.textContent = '¥3,210.00';
  },
  () => document.getElementById('account')?.setAttribute('data-account-key', 'CC20240002'),
];

function setup() {
  const sent: CrmReport[] = [];
  let settleAsked = false;
  let clock = 1000;
  const reporter = createReporter({
    adapterFor: async () => demoAdapter,
    extract: (adapter, url, now) => extractAccount(document, adapter, now, url),
    send: async (report) => {
      sent.push(report);
    },
    now: () => clock++,
    settle: () => {
      settleAsked = true;
    },
  });
  /** A read on a DOM change, then the reads asked for once the page is quiet (`quiet` runs between). */
  const read = async (quiet?: () => void) => {
    await reporter.update(URL);
    while (settleAsked) {
      settleAsked = false;
      quiet?.();
      await reporter.update(URL);
    }
  };
  return { read, sent };
}

const shown = (r: CrmReport) =>
  r.kind === 'account'
    ? `${r.context.accountKey} ${r.context.fields.name?.value} ${r.context.fields.overdueAmount?.value}`
    : r.kind;

describe('a customer swapped while the panel reads the page', () => {
  it('never sends the new name with the old account key or amount', async () => {
    load();
    const { read, sent } = setup();
    await read();
    expect(sent.map(shown)).toEqual(['CC20240001 张伟 1234567']);
    // The first write is a mutation the watcher reports; the next writes land before the page
    // is quiet again, so each read the reporter asks for sees one more of them.
    const [first, ...rest] = swapSteps;
    first?.();
    await read(() => rest.shift()?.());
    expect(sent.map(shown)).toEqual(['CC20240001 张伟 1234567', 'CC20240002 王芳 321000']);
  });

  it('never sends the new amount under the old name when the facts are written first', async () => {
    load();
    const { read, sent } = setup();
    await read();
    const [name, amounts, key] = swapSteps;
    const rest = [name, key];
    amounts?.();
    await read(() => rest.shift()?.());
    expect(sent.map(shown)).toEqual(['CC20240001 张伟 1234567', 'CC20240002 王芳 321000']);
  });

  it('still sends a name corrected on the same account, once a second read confirms it', async () => {
    load();
    const { read, sent } = setup();
    await read();
    const name = document.getElementById('customer-name');
    if (name) name.textContent = '张伟（已核实）';
    await read();
    expect(sent.map(shown)).toEqual(['CC20240001 张伟 1234567', 'CC20240001 张伟（已核实） 1234567']);
  });
});
