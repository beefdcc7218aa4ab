// @vitest-environment jsdom
/**
 * The demo CRM shows principal and interest-and-fees, and both default packs read them: the
 * settlement policy discounts interest and fees only (issue 13 §3).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ACCOUNTS } from '../../../demo/crm/accounts.js';
import { extractAccount } from '../../../lib/crm/extract';
import { type Pack, packSchema } from '../../../lib/pack/schema';

const NOW = Date.UTC(2026, 8, 1);
const packOf = (locale: string): Pack =>
  packSchema.parse(
    JSON.parse(
      readFileSync(resolve(import.meta.dirname, `../../../lib/pack/defaults/${locale}.json`), 'utf8'),
    ),
  );

beforeAll(async () => {
  const html = readFileSync(resolve(import.meta.dirname, '../../../demo/crm/index.html'), 'utf8');
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  document.body.replaceWith(document.importNode(parsed.body, true));
  history.replaceState(null, '', '/');
  await import('../../../demo/crm/app.js');
  const link = document.querySelector<HTMLAnchorElement>(
    `#account-list li[data-key="${ACCOUNTS[0]?.key}"] a`,
  );
  link?.click();
});

describe('principal and interest and fees on the demo CRM', () => {
  it.each(['zh-CN', 'en-US'])('the %s pack reads both, and they add up to the balance', (locale) => {
    const adapter = packOf(locale).crm.adapters.find((a) => a.id === 'demo-crm');
    if (!adapter) throw new Error('no demo adapter');
    const report = extractAccount(document, adapter, NOW);
    if (report.kind !== 'account') throw new Error(`no account: ${report.reason}`);
    const { fields } = report.context;
    const first = ACCOUNTS[0];
    expect(fields.principal?.value).toBe(first?.principal);
    expect(Number(fields.principal?.value) + Number(fields.interestAndFees?.value)).toBe(first?.balance);
  });

  it('gives every account with a balance a principal below it', () => {
    for (const account of ACCOUNTS) {
      if (account.balance === undefined) continue;
      expect(account.principal, account.key).toBeLessThan(account.balance);
      expect(account.principal, account.key).toBeGreaterThan(0);
    }
  });
});
