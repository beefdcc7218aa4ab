/** Issue 15 §3 and §9: variables filled from what the call agreed and from the plan's amount basis. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CALL_VARIABLES, render } from '@/lib/script/render';
import { contextWith, pack } from './script-fixture';

const agent = { name: '王芳', id: 'A1024' };
const READ_BACK = '您会在{{promise.date|date}}前还款{{promise.amount|money}}；约定的方案是{{plan.agreed}}。';

describe('rendering what the call agreed', () => {
  it('fills the promise and the plan summary from the call once a plan is agreed', () => {
    const out = render(READ_BACK, {
      context: contextWith({ name: '张伟' }),
      pack,
      agent,
      agreed: { plan: { summary: '个性化分期 12期' }, promise: { amount: 150_000, date: '2026-12-15' } },
    });
    expect(out.missing).toEqual([]);
    expect(out.text).toBe('您会在2026年12月15日前还款¥1,500.00；约定的方案是个性化分期 12期。');
  });

  it('shows every agreed value as visibly missing before a plan is agreed', () => {
    for (const agreed of [undefined, null, {}]) {
      const out = render(READ_BACK, { context: contextWith({}), pack, agent, agreed });
      expect(out.missing).toEqual(['promise.date', 'promise.amount', 'plan.agreed']);
      expect(out.text).toBe('您会在{{promise.date}}前还款{{promise.amount}}；约定的方案是{{plan.agreed}}。');
    }
  });

  it('keeps the promise missing when the agreed plan has no promise to pay, and a blank summary missing', () => {
    const out = render(READ_BACK, { context: null, pack, agent, agreed: { plan: { summary: '  ' } } });
    expect(out.missing).toEqual(['promise.date', 'promise.amount', 'plan.agreed']);
  });
});

describe('rendering the plan basis', () => {
  it('is the balance when the CRM shows one, as the calculator uses', () => {
    const context = contextWith({ balance: 2_000_000, overdueAmount: 300_000 });
    expect(render('{{plan.basis|money}}', { context, pack, agent }).text).toBe('¥20,000.00');
  });

  it('falls back to the past-due amount when there is no balance, as the calculator does', () => {
    const context = contextWith({ overdueAmount: 300_000 });
    expect(render('{{plan.basis|money}}', { context, pack, agent }).text).toBe('¥3,000.00');
  });

  it('stays visibly missing when the CRM shows neither amount usable', () => {
    const out = render('把{{plan.basis|money}}办成分期', {
      context: contextWith({ balance: -5, overdueAmount: 'n/a' }),
      pack,
      agent,
    });
    expect(out.missing).toEqual(['plan.basis']);
    expect(out.text).toBe('把{{plan.basis}}办成分期');
  });
});

describe('the names of the call variables', () => {
  // A missing value shows its name: a name that is also a UI message key would read as a leaked key.
  it('are none of the UI message keys', () => {
    const keys = new Set<string>();
    for (const locale of ['zh-CN', 'en']) {
      const dir = join(process.cwd(), 'locales', locale);
      for (const file of readdirSync(dir))
        for (const key of Object.keys(JSON.parse(readFileSync(join(dir, file), 'utf8')) as object))
          keys.add(key);
    }
    expect(keys.size).toBeGreaterThan(100);
    expect(CALL_VARIABLES.filter((name) => keys.has(name))).toEqual([]);
  });
});
