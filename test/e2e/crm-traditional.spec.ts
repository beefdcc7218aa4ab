/**
 * A CRM in 繁體 (a bank's Hong Kong or Taiwan service centre, demo/crm/traditional.html) with the
 * default pack, written in simplified. The content script is built without the traditional table
 * (its size budget): it reads 逾期金額, 逾期天數, 人民幣, 無 and 通話中 only with the pairs the background
 * sends with the adapter (lib/crm/traditional-words.ts). Without them the required fields are
 * missing, the script's amounts stay unfilled, and this spec fails (tried: a content script that
 * folded with its own empty table showed 逾期金额 as not found on the page).
 */
import { expect, openCrm, test } from './fixtures';
import { openNotes, startCall } from './panel-steps';

/** The card number the page shows (Luhn-valid), and one the agent mistypes after 卡號. */
const CARD = '6225 8812 3456 7898';
const MISTYPED = '6225 8812 3456 7890';

test.describe('a CRM in traditional Chinese', () => {
  test('fills the account header and the script’s values from the 繁體 page, and follows its call', async ({
    ext,
    crmUrl,
  }) => {
    const { crm, panel } = await openCrm(ext, crmUrl, '/traditional.html');
    const header = panel.locator('section.account');
    // Text keeps the page's characters (陳, not 陈); amounts and counts are read from 繁體 labels.
    await expect(header.locator('[data-field="name"]')).toContainText('陳嘉欣');
    await expect(header.locator('[data-field="accountKey"]')).toContainText('HK20260042');
    await expect(header.locator('[data-field="overdueAmount"]')).toContainText('¥8,765.40');
    await expect(header.locator('[data-field="dpd"]')).toContainText('45');
    await expect(header.locator('.field--problem')).toHaveCount(0);
    // Whatever the header lists, it never names a field by its internal name.
    await expect(header).not.toContainText('agentId');
    // 45 days overdue: the M2 segment, chosen from the dpd read under 逾期天數.
    await expect(panel.getByTestId('segment-name')).toHaveText('中期 M2（逾期31–60天）');

    await expect(panel.locator('[data-line-id="m-identify-who"]')).toContainText('请问您是陳嘉欣本人吗？');
    await panel.getByRole('button', { name: 'A 是本人', exact: true }).click();
    // The pack's pattern `工号 (…)` reads the page's 工號 A1024: patterns read the folded text (crm15).
    await expect(panel.locator('[data-line-id="m-disclose-agent"]')).toContainText('李娜，工号A1024。');
    const purpose = panel.locator('[data-line-id="m-disclose-purpose"]');
    // Only the card's last four (卡號後四位), never the number the CRM shows under 信用卡號.
    await expect(purpose).toContainText('尾号7898的信用卡');
    await expect(purpose).toContainText('逾期45天');
    await expect(purpose).toContainText('逾期金额¥8,765.40');
    await expect(purpose.locator('.var--missing')).toHaveCount(0);
    await panel.getByRole('button', { name: /^下一阶段/ }).click();
    const amounts = panel.locator('[data-line-id="m-understand-amount"]');
    await expect(amounts).toContainText('欠款总额¥23,456.00');
    await expect(amounts).toContainText('最低还款额¥1,234.50');
    // Every value of the line was read: none is left marked as missing.
    await expect(amounts.locator('.var--missing')).toHaveCount(0);
    await expect(panel.locator('body')).not.toContainText('8812');

    // The CRM's own call button: 通話中 on the page is the pack's 通话中.
    await expect(panel.getByTestId('call-status')).toContainText('未在通话');
    await crm.getByRole('button', { name: '撥打' }).click();
    await expect(crm.locator('#call-state')).toHaveText('通話中');
    await expect(panel.getByTestId('call-status')).toContainText('通话中');
  });

  test('a card number copied from the 繁體 page into a note is masked, by its checksum or after 卡號', async ({
    ext,
    crmUrl,
  }) => {
    const { panel } = await openCrm(ext, crmUrl, '/traditional.html');
    await expect(panel.locator('section.account [data-field="name"]')).toContainText('陳嘉欣');
    await startCall(panel);
    await openNotes(panel);
    const note = panel.getByLabel('本账户笔记');
    await note.fill(`客戶報了信用卡號 ${CARD}，又說卡號是 ${MISTYPED}，要求核對帳單`);
    await note.press('Control+Enter');
    await expect(note).toHaveValue('');
    const history = panel.getByTestId('history');
    await expect(history).toContainText('6225 88** **** 7898');
    await expect(history).toContainText('**** **** **** 7890');
    await expect(history).not.toContainText('8812 3456');
  });
});
