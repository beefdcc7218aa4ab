/**
 * Issue 17 item 2: the Studio's preview takes the account an open CRM tab shows, through the
 * background (the report it keeps for the side panel), and renders the draft's script for it.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, openAccount, test } from './fixtures';
import { openStudio } from './studio-publish';

test('the preview uses the open CRM tab’s account', async ({ ext, crmUrl }) => {
  const { panel } = await openAccount(ext, crmUrl, 'CC20240002');
  await expect(panel.locator('[data-account-key="CC20240002"]')).toBeVisible();
  const studio = await openStudio(ext);
  const preview = studio.getByRole('region', { name: /^预览/ });
  // The adapter's sample first: 张伟, 75 days past due.
  await expect(preview).toContainText('张伟（CC20240001）');
  await preview.getByRole('button', { name: '使用打开的 CRM 标签页中的账户' }).click();
  await expect(preview).toContainText('王芳（CC20240002） · 来自打开的 CRM 标签页');
  // The call the preview keeps has the segment the account's conditions choose, as the panel's would.
  await expect(preview.getByTestId('guard')).not.toContainText('没有任何客群覆盖该账户');
  await expect(preview.locator('[data-account-key="CC20240002"]')).toBeVisible();
  await expect(preview.getByTestId('segment-name')).toBeVisible();
  // The panel's sections inside the Studio page: no accessibility violations in the preview.
  const results = await new AxeBuilder({ page: studio }).include('.studio-preview').analyze();
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);
  await preview.getByRole('button', { name: '改用适配器示例账户' }).click();
  await expect(preview).toContainText('张伟（CC20240001）');
});
