/**
 * Issue 17 items 1 and 3 in Chromium: the Studio's CodeMirror source underlines a finding where it
 * is, completes and explains members from the pack's JSON Schema, undoes into the one draft
 * history, lets the keyboard leave (Escape, then Tab), and keeps the draft in IndexedDB when the
 * page is closed.
 */
import { expect, test } from './fixtures';
import { savedDraftText } from './studio-draft';

test('the source view checks, completes, lets the keyboard go and keeps the draft on close', async ({
  ext,
}) => {
  const studioUrl = `chrome-extension://${ext.id}/studio.html`;
  const studio = await ext.context.newPage();
  await studio.goto(studioUrl);
  await studio.getByRole('button', { name: '打开当前话术包' }).click();
  await expect(studio.getByText('没有错误或警告')).toBeVisible();
  const source = studio.getByLabel('源文件', { exact: true });

  // A stray character before the pack: a syntax error, underlined at that very character.
  await source.click();
  await studio.keyboard.press('Control+Home');
  await studio.keyboard.type('x');
  await expect(studio.locator('.studio-findings li')).toHaveCount(1);
  await expect(studio.locator('.cm-lintRange-error')).toHaveText('x');
  // Undo is the draft's: the form tabs see the same history.
  await studio.keyboard.press('Control+z');
  await expect(studio.getByText('没有错误或警告')).toBeVisible();
  await expect(studio.locator('.cm-lintRange-error')).toHaveCount(0);

  // Completion of a property the pack has not got yet, from the schema.
  await studio.keyboard.press('End');
  await studio.keyboard.press('Enter');
  await studio.keyboard.type('"exp');
  await studio.keyboard.press('Control+Space');
  const options = studio.locator('.cm-tooltip-autocomplete li');
  await expect(options.first()).toBeVisible();
  await expect(options).toHaveText([/^"expiresAt"/]);
  // Clicked: CodeMirror ignores an Enter in the first 75 ms of a list (so a fast typist's Enter is a
  // new line), and Playwright is that fast.
  await options.first().click();
  await expect(studio.locator('.cm-line').nth(1)).toHaveText('  "expiresAt": ');

  // Hover over a member: what the schema says about it.
  await studio
    .locator('.cm-line', { hasText: '"currency"' })
    .first()
    .hover({ position: { x: 30, y: 6 } });
  await expect(studio.locator('.cm-tooltip-hover')).toContainText('currency · 类型：string · 必填');

  // Escape, then Tab, leaves the editor.
  await source.focus();
  await studio.keyboard.press('Escape');
  await studio.keyboard.press('Tab');
  await expect(source).not.toBeFocused();

  // Typed, and written to IndexedDB as typed (no save button), then the tab is closed: the draft
  // is there when the Studio opens again.
  await source.click();
  await studio.keyboard.press('Control+Home');
  await studio.keyboard.type('saved-before-close');
  await expect.poll(() => savedDraftText(studio)).toMatch(/^saved-before-close\{/);
  await studio.close();
  const again = await ext.context.newPage();
  await again.goto(studioUrl);
  await expect(again.locator('.cm-line').first()).toHaveText(/^saved-before-close/);
  await expect(again.locator('.cm-line').nth(1)).toHaveText('  "expiresAt": ');
  // No save or read problem to report.
  await expect(again.getByRole('alert')).toHaveCount(0);
});
