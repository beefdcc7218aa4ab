import { expect, openAccount, openCrm, test } from './fixtures';

test.describe('foundation: the panel follows the demo CRM', () => {
  test('shows the account’s name and overdue amount read from the CRM page', async ({ ext, crmUrl }) => {
    const { panel } = await openAccount(ext, crmUrl, 'CC20240002');
    const header = panel.locator('section.account');
    await expect(header.locator('[data-field="name"]')).toContainText('王芳');
    await expect(header.locator('[data-field="overdueAmount"]')).toContainText('¥3,210.00');
    await expect(header.locator('[data-field="dpd"]')).toContainText('12');
    await expect(header.locator('[data-field="bucket"]')).toContainText('M1');
  });

  test('follows SPA navigation within a second and never shows the previous customer’s values', async ({
    ext,
    crmUrl,
  }) => {
    const { crm, panel } = await openAccount(ext, crmUrl, 'CC20240002');
    const header = panel.locator('section.account');
    await expect(header.locator('[data-field="name"]')).toContainText('王芳');

    // Record every (name, amount) pair the panel ever shows from here on.
    await panel.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { seen: string[] }).seen = seen;
      const record = () => {
        const name = document.querySelector('[data-field="name"] .field__value')?.textContent ?? '';
        const amount =
          document.querySelector('[data-field="overdueAmount"] .field__value')?.textContent ?? '';
        seen.push(`${name}|${amount}`);
      };
      new MutationObserver(record).observe(document.body, {
        subtree: true,
        childList: true,
        characterData: true,
      });
    });

    const before = await crm.evaluate(() => performance.now());
    await crm.getByRole('link', { name: /李强/ }).first().click();
    await expect(crm).toHaveURL(/\/accounts\/CC20240003$/);
    const started = Date.now();
    await expect(header.locator('[data-field="name"]')).toContainText('李强', { timeout: 1000 });
    await expect(header.locator('[data-field="overdueAmount"]')).toContainText('¥8,765.43', {
      timeout: 1000,
    });
    expect(Date.now() - started).toBeLessThan(1000);
    // The CRM did not reload: its clock kept running.
    expect(await crm.evaluate(() => performance.now())).toBeGreaterThan(before);

    const seen = await panel.evaluate(() => (window as unknown as { seen: string[] }).seen);
    const valid = new Set(['王芳|¥3,210.00', '李强|¥8,765.43', '|']);
    for (const pair of seen) expect(valid, `panel showed ${pair}`).toContain(pair);
  });

  test('an account missing a field shows it as missing', async ({ ext, crmUrl }) => {
    const { panel } = await openAccount(ext, crmUrl, 'CC20240011');
    const header = panel.locator('section.account');
    await expect(header.locator('[data-field="name"]')).toContainText('赵磊');
    await expect(header.locator('[data-field="overdueAmount"]')).toContainText('缺失');
    await expect(header.locator('[data-field="dpd"]')).toContainText('无法识别');
    await expect(header).toContainText('逾期金额');
  });

  test('going back to the list says there is no account', async ({ ext, crmUrl }) => {
    const { crm, panel } = await openCrm(ext, crmUrl, '/');
    await expect(panel.getByText('当前页面没有打开客户账户')).toBeVisible();
    await crm.getByRole('link', { name: /王芳/ }).first().click();
    await expect(panel.locator('section.account [data-field="name"]')).toContainText('王芳');
    await crm.goBack();
    await expect(crm).toHaveURL(`${crmUrl}/`);
    await expect(panel.getByText('当前页面没有打开客户账户')).toBeVisible();
    await expect(panel.getByText('王芳')).toHaveCount(0);
  });
});
