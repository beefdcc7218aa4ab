// @vitest-environment jsdom
/**
 * The demo CRM's 繁體 page (demo/crm/traditional.html, e2e crm-traditional) read as the content
 * script reads it: with its own table, empty in its build, plus the pairs the background sends for
 * the default pack's adapter. Every field the page shows is read; without the pairs the required
 * ones are not, so the e2e spec on this page fails when the wiring is broken.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { extractAccount } from '../../../lib/crm/extract';
import { traditionalPairsForAdapter } from '../../../lib/crm/traditional-words';
import { type Adapter, packSchema } from '../../../lib/pack/schema';
import { traditionalTable } from '../../../lib/text/traditional';
import { TRADITIONAL_STEPS as TRADITIONAL_STEPS_NONE } from '../../../lib/text/traditional-data-none';

const NOW = Date.UTC(2026, 8, 1);
const contentScriptTable = traditionalTable(TRADITIONAL_STEPS_NONE);

function demoAdapter(): Adapter {
  const json = readFileSync(resolve(import.meta.dirname, '../../../lib/pack/defaults/zh-CN.json'), 'utf8');
  const adapter = packSchema.parse(JSON.parse(json)).crm.adapters.find((a) => a.id === 'demo-crm');
  if (!adapter) throw new Error('no demo adapter');
  return adapter;
}

beforeAll(() => {
  const html = readFileSync(resolve(import.meta.dirname, '../../../demo/crm/traditional.html'), 'utf8');
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  document.body.replaceWith(document.importNode(parsed.body, true));
});

describe('the demo CRM in 繁體 with the default pack', () => {
  it('reads every field the page shows with the pairs the background sends', () => {
    const adapter = demoAdapter();
    const learned = contentScriptTable.learned(traditionalPairsForAdapter(adapter));
    const report = extractAccount(document, adapter, NOW, undefined, learned);
    if (report.kind !== 'account') throw new Error(report.reason);
    const { fields, problems, callState } = report.context;
    expect(problems).toEqual([]);
    // The pack's pattern `工号 (…)` reads the page's 工號 A1024 (patterns read the folded text, with
    // the pairs the background sends for the adapter's patterns too); text keeps the page's characters.
    expect(fields.agentId?.value).toBe('A1024');
    expect(fields.agentName?.value).toBe('李娜');
    expect(fields.accountKey?.value).toBe('HK20260042');
    // Text keeps the page's own characters: the customer is 陳嘉欣, not 陈嘉欣.
    expect(fields.name?.value).toBe('陳嘉欣');
    expect(fields.overdueAmount?.value).toBe(876540);
    expect(fields.balance?.value).toBe(2345600);
    expect(fields.minimumDue?.value).toBe(123450);
    expect(fields.dpd?.value).toBe(45);
    expect(fields.dueDate?.value).toBe('2026-10-08');
    expect(fields.phone?.value).toBe('+85291234567');
    expect(fields.cardLast4?.value).toBe('7898');
    expect(fields.interestAndFees?.value).toBe(335600);
    expect(fields.planInDefault?.value).toBe(false);
    expect(fields.workPhone?.value).toEqual([]);
    // 無 is the CRM's "none": no earlier conversation, so no field and no problem.
    expect(fields.lastConversation).toBeUndefined();
    expect(callState).toEqual({ raw: '空閒', active: false });
  });

  it('reads none of the 繁體 labels without the pairs (the content script has no table of its own)', () => {
    const report = extractAccount(document, demoAdapter(), NOW, undefined, contentScriptTable);
    if (report.kind !== 'account') throw new Error(report.reason);
    const missing = report.context.problems.filter((p) => p.problem === 'missing').map((p) => p.field);
    expect(missing).toEqual(
      expect.arrayContaining(['overdueAmount', 'dpd', 'minimumDue', 'phone', 'cardLast4']),
    );
    expect(report.context.fields.overdueAmount).toBeUndefined();
  });
});
