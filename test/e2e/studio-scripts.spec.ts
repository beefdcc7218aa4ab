/**
 * Issue 17 item 1 in Chromium: a lead adds a segment with a typed condition and moves it above the
 * catch-all, adds a stage and a line with a variable from the list beside the text box (an unknown
 * one is flagged inline and blocks publishing), and finds where the changelog entry is written.
 * The list buttons are driven from the keyboard (focus, Enter) to show they are operable without
 * a mouse.
 */
import { expect, openAccount, test } from './fixtures';
import { openStudio } from './studio-publish';

test('a lead edits segments, stages and lines by form, by title, from the keyboard', async ({
  ext,
  crmUrl,
}) => {
  // The panel installs the bundled pack the Studio opens as the active one.
  await openAccount(ext, crmUrl, 'CC20240002');
  const studio = await openStudio(ext);
  await expect(studio.getByText('没有错误或警告')).toBeVisible();

  // Segments: add one, name it, give it a typed condition, move it first; the catch-all stays.
  await studio.getByRole('tab', { name: '客群' }).click();
  await studio.getByRole('button', { name: '添加客群' }).focus();
  await studio.keyboard.press('Enter');
  await studio.getByLabel('客群名称').fill('严重逾期');
  await studio.getByRole('button', { name: '添加条件' }).click();
  await studio.getByLabel('字段 1').selectOption('dpd');
  await studio.getByLabel('比较方式 1').selectOption('gte');
  await studio.getByLabel('值 1', { exact: true }).fill('91');
  await studio.getByLabel('该客群使用的话术').selectOption({ label: '后期催收（M3+）' });
  for (let i = 0; i < 4; i++) {
    await studio.getByRole('button', { name: '上移“严重逾期”' }).focus();
    await studio.keyboard.press('Enter');
  }
  await expect(studio.getByRole('button', { name: '上移“严重逾期”' })).toBeDisabled();
  await expect(studio.getByText('没有错误或警告')).toBeVisible();
  const segments = studio.getByRole('list', { name: '客群（按顺序匹配第一个）' }).getByRole('listitem');
  await expect(segments.first()).toContainText('严重逾期');
  await expect(segments.last()).toContainText('早期 M1（其余账户）');
  await expect(studio.getByLabel('值 1', { exact: true })).toHaveValue('91');

  // Scripts: a new stage's line gets a variable from the list; a misspelt one is flagged inline.
  await studio.getByRole('tab', { name: '话术行' }).click();
  await studio.getByRole('button', { name: '添加阶段' }).click();
  await studio.getByLabel('阶段标题').fill('回访');
  const text = studio.getByLabel('内容', { exact: true });
  await text.fill('您好，');
  await studio.getByRole('button', { name: '插入 {{name}}' }).click();
  await expect(text).toHaveValue('您好，{{name}}');
  await text.press('End');
  await text.pressSequentially('，{{nmae}}');
  await expect(studio.getByText('未知变量（没有来源可以填入）：nmae')).toBeVisible();
  await expect(studio.getByText('还有错误，修正后才能发布')).toBeVisible();
  await text.fill('您好，{{name}}。');
  await expect(studio.getByText('还有错误，修正后才能发布')).toBeHidden();
  // Only the list's own items: an open line holds lists of its own (the variables).
  const lines = studio.getByRole('list', { name: '话术行' }).locator(':scope > li');
  await expect(lines).toHaveCount(1);
  await expect(lines.first()).toContainText('1. 您好，{{name}}。');
  await expect(studio.getByRole('button', { name: '编辑“回访”' })).toHaveAttribute('aria-expanded', 'true');

  // Changelog: history read-only; the entry is written where it is signed.
  await studio.getByRole('tab', { name: '更新记录' }).click();
  await expect(studio.getByText('第 1 版', { exact: false }).first()).toBeVisible();
  await studio.getByRole('button', { name: /填写下一版本的更新说明/ }).click();
  await expect(studio.getByLabel(/更新说明（坐席/)).toBeFocused();
});
