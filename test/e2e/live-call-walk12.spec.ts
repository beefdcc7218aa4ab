/**
 * Live-call walk 12, keyboard only, in Chromium on the demo CRM: two CRM tabs with two customers,
 * the panel following the active tab (as the side panel does, no `?tab=`). A draft note stays with
 * its account, the call state follows the tab shown, and the CRM hanging up in the tab the panel
 * is not showing ends that call when the agent comes back to it.
 */
import { DAYTIME, expect, test } from './fixtures';

test('two CRM tabs: the draft stays with its customer, a hang-up in the other tab ends its call', async ({
  ext,
  crmUrl,
}) => {
  const wang = await ext.context.newPage();
  await wang.goto(`${crmUrl}/accounts/CC20240002`);
  const li = await ext.context.newPage();
  await li.goto(`${crmUrl}/accounts/CC20240003`);
  // The panel follows the active tab of its window, as the side panel does.
  const panel = await ext.context.newPage();
  await panel.clock.install({ time: new Date(DAYTIME) });
  await panel.goto(`chrome-extension://${ext.id}/sidepanel.html`);
  const header = panel.locator('section.account');
  const status = panel.getByTestId('call-status');
  const note = panel.getByLabel('本账户笔记');

  await wang.bringToFront();
  await expect(header).toHaveAttribute('data-account-key', 'CC20240002');
  // The CRM dials: the panel starts the call.
  await wang.locator('#dial').click();
  await expect(status).toContainText('通话中');
  const body = panel.locator('body');
  await body.press('5');
  await expect(note).toBeFocused();
  await panel.keyboard.type('客户说下周五发工资');
  await expect(panel.getByText(/草稿已保存/)).toBeAttached();

  await li.bringToFront();
  await expect(header).toHaveAttribute('data-account-key', 'CC20240003');
  await expect(header).toContainText('李强');
  await expect(status).toContainText('未在通话');
  await expect(note).toHaveValue('');
  // The focus stays in the notes, not on the page.
  await expect(panel.locator('#section-notes')).toBeFocused();

  // 王芳 hangs up while the panel shows 李强.
  await wang.locator('#hang-up').click();
  await expect(wang.locator('#call-state')).toHaveText('已结束');
  await wang.bringToFront();
  await expect(header).toHaveAttribute('data-account-key', 'CC20240002');
  await expect(status).toContainText('未在通话');
  await expect(note).toHaveValue('客户说下周五发工资');
  await li.bringToFront();
  await expect(header).toHaveAttribute('data-account-key', 'CC20240003');
  await expect(note).toHaveValue('');
});
