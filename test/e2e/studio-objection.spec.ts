/**
 * Issue 17's goal: a lead adds an objection with two triggers and publishes v2 in ≤ 2 minutes.
 * Every user action is counted and timed from the first click on the options page to the new card
 * in the agent's panel; the steps are printed (README, "Pack Studio").
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, openAccount, test } from './fixtures';
import { openStudioOnActivePack, signAndImport, writeSigningKey } from './studio-publish';

const TITLE = '要和家人商量';
const TRIGGERS = ['我得问问家里人', '等我老公回来再说'];
const SAY = ['可以的，这件事您和家人商量一下也好。', '您看明天什么时间方便，我再给您回电确认还款安排？'];

test('a lead adds an objection with two triggers and publishes v2 in two minutes', async ({
  ext,
  crmUrl,
}) => {
  const dir = mkdtempSync(join(tmpdir(), 'studio-objection-e2e-'));
  const steps: { what: string; ms: number }[] = [];
  let started = 0;
  const act = async (what: string, step: () => Promise<unknown>) => {
    if (steps.length === 0) started = Date.now();
    await step();
    steps.push({ what, ms: Date.now() - started });
  };
  try {
    const { pair, keyFile } = await writeSigningKey(dir);
    const { panel } = await openAccount(ext, crmUrl, 'CC20240002');
    await expect(panel.locator('.pack-line')).toContainText('第 1 版');

    const { options, studio } = await openStudioOnActivePack(ext, act);

    await act('open the objections tab', () => studio.getByRole('tab', { name: '异议处理' }).click());
    await act('type the new objection’s title', () => studio.getByLabel('新异议标题').fill(TITLE));
    await act('add it', () => studio.getByRole('button', { name: '添加异议' }).click());
    await expect(studio.getByLabel('标题', { exact: true })).toHaveValue(TITLE);
    await act('type two triggers, one per line', () =>
      studio.getByLabel(/^触发词/).fill(TRIGGERS.join('\n')),
    );
    await act('type the say-lines, one per line', () => studio.getByLabel(/^可以说/).fill(SAY.join('\n')));
    await expect(studio.getByText('没有错误或警告')).toBeVisible();
    await expect(studio.getByRole('region', { name: '本次改动' })).toContainText(TITLE);

    await act('write the changelog entry', () =>
      studio.getByLabel(/更新说明/).fill('第 2 版：新增异议“要和家人商量”。'),
    );
    await signAndImport({ studio, options, act }, { pair, keyFile, dir });

    // The agent, on the demo CRM: one of the new triggers finds the new card.
    await expect(panel.locator('.pack-line')).toContainText('第 2 版', { timeout: 10_000 });
    await act('open the objection search (/)', () => panel.locator('body').press('/'));
    await expect(panel.getByRole('combobox', { name: '搜索客户异议' })).toBeFocused();
    await act('type a new trigger', () => panel.keyboard.insertText(TRIGGERS[1] as string));
    await expect(panel.getByRole('option').first()).toContainText(TITLE);
    await act('open the card (Enter)', () => panel.keyboard.press('Enter'));
    const card = panel.getByTestId('objection-card');
    await expect(card).toContainText(TITLE);
    await expect(card.getByRole('region', { name: '说', exact: true })).toContainText(SAY[1] as string);
    const wall = Date.now() - started;

    console.log(
      `Add an objection and publish v2: ${steps.length} actions, ${(wall / 1000).toFixed(1)} s\n${steps
        .map((s, i) => `  ${i + 1}. ${s.what} (${(s.ms / 1000).toFixed(1)} s)`)
        .join('\n')}`,
    );
    expect(steps.length).toBeLessThanOrEqual(17);
    expect(wall).toBeLessThanOrEqual(120_000);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
