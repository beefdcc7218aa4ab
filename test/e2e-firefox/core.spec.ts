/**
 * The core flows of the Chromium suite, on Firefox ESR (issue 18). The panel runs on the real clock
 * (a page the background opens cannot have a fake one installed), so steps that depend on the hour
 * accept either Guard answer, as `startCall` does, and dates are computed from the real clock.
 */
import type { Page } from 'puppeteer-core';
import { control, expect, type FirefoxExtension, openCrm, test, textOf } from '../e2e/firefox-fixtures';

const openAccount = (firefox: FirefoxExtension, crmUrl: string, accountKey: string) =>
  openCrm(firefox, `${crmUrl}/accounts/${accountKey}`);

/**
 * Starts the call; outside the call window (22:00–08:00 in Shanghai, a rule only a supervisor may
 * pass) the Guard asks for a reason and the approving supervisor's id first, which are given.
 */
async function startCall(panel: Page) {
  await (await control(panel, /^开始通话/)).click();
  const state = () =>
    panel.evaluate(() => {
      if (document.querySelector('[data-testid="call-status"]')?.textContent?.includes('通话中'))
        return 'live';
      return [...document.querySelectorAll('label')].some((label) =>
        label.textContent?.includes('继续的原因'),
      )
        ? 'reason'
        : 'waiting';
    });
  await expect.poll(state).not.toBe('waiting');
  if ((await state()) === 'reason') {
    await (await control(panel, '继续的原因')).type('客户本人约定此时回电，已取得同意并经主管核实');
    const asksSupervisor = await panel.evaluate(() =>
      [...document.querySelectorAll('label')].some((label) => label.textContent?.includes('批准主管的工号')),
    );
    if (asksSupervisor) await (await control(panel, '批准主管的工号')).type('S2001');
    await (await control(panel, '写明原因并开始通话')).click();
  }
  await expect.poll(() => textOf(panel, '[data-testid="call-status"]')).toContain('通话中');
}

/** The rows of an IndexedDB store, read in the panel's own origin. */
function stored<T>(panel: Page, store: string): Promise<T[]> {
  return panel.evaluate(
    (name) =>
      new Promise<T[]>((resolve, reject) => {
        const open = indexedDB.open('call-assist');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction(name).objectStore(name).getAll();
          request.onsuccess = () => resolve(request.result as T[]);
          request.onerror = () => reject(request.error);
        };
      }),
    store,
  );
}

test.describe('Firefox: core flows', () => {
  test('the account is shown and the script is filled from it', async ({ firefox, crmUrl }) => {
    const { panel } = await openAccount(firefox, crmUrl, 'CC20240002');
    await expect.poll(() => textOf(panel, 'section.account [data-field="name"]')).toContain('王芳');
    await expect
      .poll(() => textOf(panel, 'section.account [data-field="overdueAmount"]'))
      .toContain('¥3,210.00');
    await expect.poll(() => textOf(panel, '[data-testid="segment-name"]')).toBe('早期 M1（其余账户）');
    await expect
      .poll(() => textOf(panel, '[data-line-id="e-identify-who"]'))
      .toContain('请问您是王芳本人吗？');
    await (await control(panel, 'A 是本人')).click();
    await expect
      .poll(() => textOf(panel, '[data-line-id="e-disclose-purpose"]'))
      .toContain('逾期金额是¥3,210.00');
  });

  test('typing mq finds 没钱 first and Enter opens its card', async ({ firefox, crmUrl }) => {
    const { panel } = await openAccount(firefox, crmUrl, 'CC20240002');
    await expect.poll(() => textOf(panel, '[data-line-id="e-identify-who"]')).not.toBe('');
    await panel.keyboard.press('/');
    await expect
      .poll(() => panel.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? ''))
      .toBe('搜索客户异议');
    await panel.keyboard.type('mq');
    await expect.poll(() => textOf(panel, '[role="option"]')).toContain('没钱 / 手头紧');
    await panel.keyboard.press('Enter');
    await expect
      .poll(() =>
        panel.evaluate(() =>
          document.querySelector('[data-testid="objection-card"]')?.getAttribute('data-objection-id'),
        ),
      )
      .toBe('no-money');
    await expect
      .poll(() => textOf(panel, '[data-testid="objection-card"]'))
      .toContain('可以把¥15,600.00办成分期');
  });

  test('a monthly amount gives a plan whose read-back and promise are stored on the call', async ({
    firefox,
    crmUrl,
  }) => {
    const { panel } = await openAccount(firefox, crmUrl, 'CC20240003');
    await expect.poll(() => textOf(panel, '[data-account-key="CC20240003"]')).toContain('李强');
    await startCall(panel);
    await panel.keyboard.press('4');
    await expect.poll(() => textOf(panel, '[data-testid="plan-segment"]')).toContain('中期（M2）');
    await panel.keyboard.press('m');
    await panel.keyboard.type('800');
    await panel.keyboard.press('Enter');
    await expect.poll(() => panel.$$eval('[data-testid="plan-option"]', (options) => options.length)).toBe(1);
    await expect.poll(() => textOf(panel, '[data-testid="plan-option"]')).toContain('分期还款 36期');
    await expect.poll(() => textOf(panel, '[data-testid="plan-readback"]')).toContain('先还首付¥1,225.00');

    await panel.keyboard.press('g');
    await expect
      .poll(() => textOf(panel, '[data-testid="plan-promise"]'))
      .toMatch(/^承诺还款 ¥1,225\.00，日期 /);
    type Call = { accountKey: string; promise?: { amount: number }; plan?: { type: string } };
    const calls = (await stored<Call>(panel, 'calls')).filter((call) => call.accountKey === 'CC20240003');
    expect(calls).toHaveLength(1);
    expect(calls[0]?.promise?.amount).toBe(122500);
    expect(calls[0]?.plan?.type).toBe('instalmentFlat');
  });

  test('a note saved with a card number keeps only its first six and last four digits', async ({
    firefox,
    crmUrl,
  }) => {
    const { panel } = await openAccount(firefox, crmUrl, 'CC20240002');
    await expect.poll(() => textOf(panel, 'section.account [data-field="name"]')).toContain('王芳');
    await startCall(panel);
    await panel.click('#tab-notes');
    const box = await control(panel, '本账户笔记');
    await box.type('客户报了卡号 6225 8812 3456 7898，要求核对账单');
    await panel.keyboard.down('Control');
    await panel.keyboard.press('Enter');
    await panel.keyboard.up('Control');
    await expect.poll(() => textOf(panel, '[data-testid="note-saved"]')).toContain('已隐去 1 个卡号');
    await expect.poll(() => textOf(panel, '[data-testid="history"]')).toContain('6225 88** **** 7898');
    expect(await textOf(panel, '[data-testid="history"]')).not.toContain('8812');
    const notes = await stored<{ text: string }>(panel, 'notes');
    expect(notes.map((note) => note.text)).toEqual(['客户报了卡号 6225 88** **** 7898，要求核对账单']);
  });

  test('an open complaint blocks the call: a red Guard with the reason', async ({ firefox, crmUrl }) => {
    const { panel } = await openAccount(firefox, crmUrl, 'CC20240007');
    await expect.poll(() => textOf(panel, 'section.account [data-field="name"]')).toContain('黄磊');
    const level = () =>
      panel.evaluate(() => document.querySelector('[data-testid="guard"]')?.getAttribute('data-level'));
    await expect.poll(level).toBe('block');
    await expect
      .poll(() => textOf(panel, '[data-testid="guard"] [role="alert"]'))
      .toContain('客户有未结投诉');
    await (await control(panel, /^开始通话/)).click();
    // Starting anyway needs a typed reason: the call is not live yet.
    await control(panel, '继续的原因');
    expect(await textOf(panel, '[data-testid="call-status"]')).toContain('未在通话');
  });
});
