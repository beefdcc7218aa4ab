/**
 * Issue 17, the quality lead's whole job in the Studio: open the default pack, change a line, fix
 * the lint error it causes from its "go to", sign with a generated key, export, and import the
 * result on the options page so the panel shows the new version. Every user action is counted.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, openAccount, test } from './fixtures';
import { openStudioOnActivePack, signAndImport, writeSigningKey } from './studio-publish';

test('a lead edits, fixes, signs and publishes v2 from the Studio', async ({ ext, crmUrl }) => {
  const dir = mkdtempSync(join(tmpdir(), 'studio-e2e-'));
  const actions: string[] = [];
  const act = async (what: string, step: () => Promise<unknown>) => {
    actions.push(what);
    await step();
  };
  try {
    const { pair, keyFile } = await writeSigningKey(dir);
    const { panel } = await openAccount(ext, crmUrl, 'CC20240002');
    await expect(panel.locator('.pack-line')).toHaveText(
      '话术包：示例银行信用卡催收 · 默认话术包（第 1 版）',
    );

    const { options, studio } = await openStudioOnActivePack(ext, act);

    // Change a line with the form; a misspelt variable is a lint error that blocks publishing.
    await act('open the script lines tab', () => studio.getByRole('tab', { name: '话术行' }).click());
    const text = studio.getByLabel('内容', { exact: true });
    await act('type the new line text', () => text.fill('第 2 版开场白：你好，{{nmae}}'));
    // The preview follows the edit to a segment whose script has the line: new words, marked as
    // changed, the misspelt variable marked as having no value.
    const previewed = studio
      .getByRole('region', { name: /^预览/ })
      .locator('[data-line-id="h-identify-greet"]');
    await expect(previewed).toContainText('第 2 版开场白：你好，{{nmae}}');
    await expect(previewed.locator('.preview-changed')).toBeVisible();
    await expect(previewed.locator('mark.var--missing')).toHaveText('{{nmae}}');
    await expect(studio.getByText('还有错误，修正后才能发布')).toBeVisible();
    await act('go to the error', () =>
      studio.getByRole('button', { name: '定位 scripts[0].stages[0].lines[0].text' }).click(),
    );
    const source = studio.getByLabel('源文件', { exact: true });
    await expect(source).toBeFocused();
    // The source is CodeMirror: the go-to's selection is the page's selection inside the editor.
    const selected = await studio.evaluate(() => getSelection()?.toString());
    expect(selected).toBe('"text": "第 2 版开场白：你好，{{nmae}}"');
    await act('retype the selected text in the source', () =>
      studio.keyboard.insertText('"text": "第 2 版开场白：你好。"'),
    );
    await expect(studio.getByText('没有错误或警告')).toBeVisible();
    await expect(studio.getByRole('region', { name: '本次改动' })).toContainText('修改话术行 1 处');

    await act('write the changelog entry', () => studio.getByLabel(/更新说明/).fill('第 2 版：更新开场白。'));
    await signAndImport({ studio, options, act }, { pair, keyFile, dir });

    await expect(panel.locator('.pack-line')).toHaveText(
      '话术包：示例银行信用卡催收 · 默认话术包（第 2 版）',
      { timeout: 10_000 },
    );
    const changed = panel.getByRole('region', { name: '话术包更新' });
    // The diff against v1 is computed in the panel after the switch: slow on a loaded machine.
    await expect(changed).toContainText('第 2 版：更新开场白。', { timeout: 15_000 });
    await expect(changed).toContainText('修改话术行 1 处');
    console.log(
      `Studio publish, ${actions.length} actions:\n${actions.map((a, i) => `  ${i + 1}. ${a}`).join('\n')}`,
    );
    expect(actions.length).toBeLessThanOrEqual(13);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
