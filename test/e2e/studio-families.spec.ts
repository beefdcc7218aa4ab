/**
 * The Studio's word-families editor in Chromium (review debts, item 4): a lead adds a family to the
 * forbidden-phrases rule, names it as `{财物}` in a new threat phrase, and the try-a-sentence box
 * (the agent's matcher) flags a sentence with one of its words and stays silent on a denial; the
 * draft is saved with both. Driven from the keyboard (focus, arrows, Enter, typing) except the
 * rule picker, a native select. The Studio's clock is fixed at a Shanghai daytime, so its preview
 * Guard shows no call-window alert whatever hour CI runs at.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { DAYTIME, expect, openAccount, test } from './fixtures';
import { savedDraftText } from './studio-draft';

const zhPack = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../../lib/pack/defaults/zh-CN.json'), 'utf8'),
);
const at = (zhPack.rules as { type: string }[]).findIndex((r) => r.type === 'forbiddenPhrases');
const TRY_LABEL = '试一句话（与坐席端相同的匹配）';

test('a lead adds a word family, uses it in a phrase, tries it and saves', async ({ ext, crmUrl }) => {
  // The panel installs the bundled pack the Studio opens as the active one.
  await openAccount(ext, crmUrl, 'CC20240002');
  const studio = await ext.context.newPage();
  await studio.clock.install({ time: new Date(DAYTIME) });
  await studio.goto(`chrome-extension://${ext.id}/studio.html`);
  await studio.getByRole('button', { name: '打开当前话术包' }).focus();
  await studio.keyboard.press('Enter');
  await expect(studio.getByText('没有错误或警告')).toBeVisible();

  // The rules tab, reached with the arrows from the selected tab (the tab order may grow).
  const rulesTab = studio.getByRole('tab', { name: '合规规则' });
  await studio.getByRole('tablist').filter({ has: rulesTab }).getByRole('tab', { selected: true }).focus();
  for (let i = 0; i < 20 && (await rulesTab.getAttribute('aria-selected')) !== 'true'; i++)
    await studio.keyboard.press('ArrowRight');
  await expect(rulesTab).toBeFocused();
  await expect(studio.getByRole('tabpanel').getByRole('heading', { name: '合规规则' })).toBeVisible();
  await studio.getByLabel('规则', { exact: true }).selectOption(String(at));

  // Before: the rule does not know the words.
  const tryBox = studio.getByLabel(TRY_LABEL);
  const output = studio.locator(`output[for="${await tryBox.getAttribute('id')}"]`);
  await tryBox.focus();
  await studio.keyboard.type('不还钱就拖走你的电动车');
  await expect(output).toHaveText('没有发现禁用语');

  // A new family, added by its name with Enter, and its words one per line.
  const families = studio.getByRole('group', { name: '词族', exact: true });
  await families.getByLabel('新词族名称').focus();
  await studio.keyboard.type('财物');
  await studio.keyboard.press('Enter');
  const editFamily = families.getByRole('button', { name: '编辑“财物”' });
  await expect(editFamily).toBeVisible();
  if ((await editFamily.getAttribute('aria-expanded')) !== 'true') {
    await editFamily.focus();
    await studio.keyboard.press('Enter');
  }
  await families.getByLabel('“财物”的词（每行一个，可写 (甲|乙)）').focus();
  await studio.keyboard.type('电动车\n(小|)汽车');

  // A threat phrase naming it.
  const categories = studio.getByRole('group', { name: '禁用语类别' });
  const editThreat = categories.getByRole('button', { name: '编辑“威胁恐吓”' });
  if ((await editThreat.getAttribute('aria-expanded')) !== 'true') {
    await editThreat.focus();
    await studio.keyboard.press('Enter');
  }
  const phrases = categories.getByLabel('禁用语（每行一个）');
  await phrases.focus();
  await studio.keyboard.press('Control+End');
  await studio.keyboard.type('\n拖走你的{财物}');
  await expect(studio.getByText('没有错误或警告')).toBeVisible();

  // The try box flags a sentence with a family word, and keeps silent on a denial.
  await tryBox.focus();
  await studio.keyboard.press('Control+A');
  await studio.keyboard.type('不还钱就拖走你的小汽车');
  await expect(output).toHaveText(/“拖走你的小汽车”命中 拖走你的\{财物\}（威胁恐吓）/);
  await studio.keyboard.press('Control+A');
  await studio.keyboard.type('我们不会拖走你的电动车，请放心');
  await expect(output).toHaveText('没有发现禁用语');

  // Saved: the draft in IndexedDB holds the family and the phrase.
  await expect(studio.getByText(/草稿已自动保存/)).toBeVisible();
  await expect(async () => {
    const rule = JSON.parse(await savedDraftText(studio)).rules[at];
    expect(rule.families.财物).toEqual(['电动车', '(小|)汽车']);
    expect(rule.categories.find((c: { category: string }) => c.category === 'threat').phrases).toContain(
      '拖走你的{财物}',
    );
  }).toPass();
});
