/**
 * Walk 10, a quality lead's day in the Studio with the keyboard, in Chromium (where a button that
 * disables itself or leaves the page really drops the focus): Undo pressed until nothing is left,
 * an item removed from a list (in the middle and the last one), and Ctrl+Z bringing it back.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { openStudio } from './studio-publish';

/** The accessible name of the focused element, or its tag when it has none (the page: BODY). */
const focused = (studio: Page) =>
  studio.evaluate(() => {
    const e = document.activeElement;
    return e && e !== document.body ? (e.textContent ?? '').trim() || e.tagName : 'BODY';
  });

test('the focus stays where the lead is: undo to the end, remove from a list, Ctrl+Z', async ({ ext }) => {
  const studio = await openStudio(ext);
  await expect(studio.getByText('没有错误或警告')).toBeVisible();

  await studio.getByRole('tab', { name: '异议处理' }).click();
  await studio.getByLabel('标题', { exact: true }).fill('改过的标题');
  const undo = studio.getByRole('button', { name: '撤销' });
  await undo.focus();
  await studio.keyboard.press('Enter');
  await expect(undo).toHaveAttribute('aria-disabled', 'true');
  // Nothing left to undo: the button says so and keeps the focus (a disabled one dropped it to the page).
  expect(await focused(studio)).toBe('撤销');
  await studio.keyboard.press('Enter');
  await expect(studio.getByLabel('标题', { exact: true })).not.toHaveValue('改过的标题');

  await studio.getByRole('tab', { name: '检查清单' }).click();
  const items = studio.getByRole('tabpanel').locator('ol.studio-open-list > li');
  const count = await items.count();
  expect(count).toBeGreaterThan(2);
  const names = await items.getByRole('button', { name: /^编辑“/ }).allTextContents();
  await items
    .first()
    .getByRole('button', { name: /^删除“/ })
    .focus();
  await studio.keyboard.press('Enter');
  await expect(studio.getByRole('button', { name: '确认删除' })).toBeFocused();
  await studio.keyboard.press('Enter');
  await expect(items).toHaveCount(count - 1);
  // Back on the slot's "remove", now the next item's.
  expect(await focused(studio)).toBe(names[1]?.replace(/^编辑/, '删除'));

  await items
    .last()
    .getByRole('button', { name: /^删除“/ })
    .focus();
  await studio.keyboard.press('Enter');
  await studio.keyboard.press('Enter');
  await expect(items).toHaveCount(count - 2);
  // The last slot is gone: the item before it takes the focus.
  expect(await focused(studio)).toBe(names[count - 2]);

  await studio.keyboard.press('Control+z');
  await expect(items).toHaveCount(count - 1);
  await expect(items.last().getByRole('button', { name: /^编辑“/ })).toHaveText(names[count - 1] ?? '');
});
