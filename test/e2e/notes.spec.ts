import type { Page } from '@playwright/test';
import { expect, openAccount, openPanel, test } from './fixtures';
import { markSaid, openNotes, startCall, storedRows } from './panel-steps';

// Luhn-valid (the brief's 6225 8812 3456 7890 fails the check; its valid check digit is 8).
const CARD = '6225 8812 3456 7898';

/** The notes as IndexedDB holds them. */
const storedNotes = async (panel: Page) =>
  (await storedRows<{ text: string }>(panel, 'notes')).map((note) => note.text);

test.describe('call notes and wrap-up', () => {
  test('a draft typed in the note box is there again after the panel is closed and reopened', async ({
    ext,
    crmUrl,
  }) => {
    const { panel, tabId } = await openAccount(ext, crmUrl, 'CC20240002');
    await openNotes(panel);
    await panel.getByLabel('本账户笔记').fill('客户说下周五发工资，周六再联系');
    await expect(panel.getByTestId('draft-status')).toContainText('草稿已保存');
    await panel.close();

    const again = await openPanel(ext, tabId);
    await openNotes(again);
    await expect(again.getByLabel('本账户笔记')).toHaveValue('客户说下周五发工资，周六再联系');
    await expect(again.getByTestId('draft-status')).toContainText('已恢复');
  });

  test('a draft typed just before the panel closes is flushed on close', async ({ ext, crmUrl }) => {
    const { panel, tabId } = await openAccount(ext, crmUrl, 'CC20240002');
    await openNotes(panel);
    await panel.getByLabel('本账户笔记').fill('关之前最后一句');
    await panel.close({ runBeforeUnload: true });
    const again = await openPanel(ext, tabId);
    await openNotes(again);
    await expect(again.getByLabel('本账户笔记')).toHaveValue('关之前最后一句');
  });

  test('a note saved with a card number keeps only its first six and last four digits', async ({
    ext,
    crmUrl,
  }) => {
    const { panel } = await openAccount(ext, crmUrl, 'CC20240002');
    await startCall(panel);
    await openNotes(panel);
    await panel.getByLabel('本账户笔记').fill(`客户报了卡号 ${CARD}，要求核对账单`);
    await panel.getByLabel('本账户笔记').press('Control+Enter');
    await expect(panel.getByTestId('note-saved')).toContainText('已隐去 1 个卡号');
    await expect(panel.getByLabel('本账户笔记')).toHaveValue('');
    const history = panel.getByTestId('history');
    await expect(history).toContainText('6225 88** **** 7898');
    await expect(history).not.toContainText('8812');
    expect(await storedNotes(panel)).toEqual(['客户报了卡号 6225 88** **** 7898，要求核对账单']);
  });

  test('the wrap-up refuses to save until the required checklist items are ticked', async ({
    ext,
    crmUrl,
  }) => {
    const { panel } = await openAccount(ext, crmUrl, 'CC20240002');
    await startCall(panel);
    // The greeting (with the recording notice) is said; the debtor confirms who they are: the call
    // reaches the disclosure stage and owes its items.
    await markSaid(panel, 'e-identify-greet');
    await panel.getByRole('button', { name: 'A 是本人', exact: true }).click();
    await expect(panel.locator('[data-line-id="e-disclose-verify"]')).toBeVisible();

    await openNotes(panel);
    const blockers = panel.getByTestId('wrap-up-blockers');
    await expect(blockers.locator('li')).toHaveText([
      '核实本人身份（身份证后四位）',
      '报出银行名称、本人姓名和工号',
      '说明来电目的',
    ]);
    await panel.getByLabel('结果代码').selectOption('HRD');
    await panel.getByRole('button', { name: '保存通话结果' }).click();
    await expect(panel.getByRole('alert')).toContainText('必做事项未勾选，不能保存结果');
    await expect(panel.getByTestId('call-status')).toContainText('通话中');

    // Saying the lines ticks the items.
    await panel.getByRole('tab', { name: /话术/ }).click();
    for (const line of ['e-disclose-verify', 'e-disclose-agent', 'e-disclose-purpose']) {
      await markSaid(panel, line);
      await expect(panel.locator(`[data-line-id="${line}"]`)).toContainText('已说');
    }
    await openNotes(panel);
    await expect(blockers).toHaveCount(0);
    await panel.getByRole('button', { name: '保存通话结果' }).click();
    await expect(panel.getByTestId('wrap-up-saved')).toContainText('HRD · 困难客户');
    await expect(panel.getByTestId('call-status')).toContainText('未在通话');
    await expect(panel.getByTestId('history')).toContainText('HRD · 困难客户');
  });

  test('a forbidden phrase typed in a note is marked with the wording to use instead', async ({
    ext,
    crmUrl,
  }) => {
    const { panel } = await openAccount(ext, crmUrl, 'CC20240001');
    await openNotes(panel);
    await panel.getByLabel('本账户笔记').fill('跟客户说了再不还就让你坐牢');
    const hints = panel.getByTestId('phrase-hints');
    await expect(hints.locator('mark')).toHaveText('让你坐牢');
    await expect(hints).toContainText('按照合同约定');
  });
});
