import { expect, openCrm, test, textOf } from '../e2e/firefox-fixtures';

test.describe('Firefox: the panel follows the demo CRM', () => {
  test('shows the account read from the CRM page', async ({ firefox, crmUrl }) => {
    const { panel } = await openCrm(firefox, `${crmUrl}/accounts/CC20240002`);
    await expect.poll(() => textOf(panel, 'section.account [data-field="name"]')).toContain('王芳');
    await expect
      .poll(() => textOf(panel, 'section.account [data-field="overdueAmount"]'))
      .toContain('¥3,210.00');
  });
});
