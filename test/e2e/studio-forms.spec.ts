/**
 * The Studio's forms (issue 17 item 1) in Chromium: each tab of objections, checklist, rules, plan
 * policies and outcomes, with one item open, passes axe (names, labels, roles, contrast).
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';
import { openStudio } from './studio-publish';

test('the objection, checklist, rule, plan and outcome forms have no axe violations', async ({ ext }) => {
  const studio = await openStudio(ext);
  await expect(studio.getByText('没有错误或警告')).toBeVisible();
  const tabs: [string, () => Promise<unknown>][] = [
    [
      '异议处理',
      () =>
        studio
          .getByRole('button', { name: /^删除“/ })
          .first()
          .click(),
    ],
    [
      '检查清单',
      () =>
        studio
          .getByRole('button', { name: /^编辑“/ })
          .first()
          .click(),
    ],
    ['合规规则', () => studio.getByLabel('规则', { exact: true }).selectOption({ index: 7 })],
    [
      '还款方案政策',
      () =>
        studio
          .getByRole('button', { name: /^编辑“/ })
          .first()
          .click(),
    ],
    [
      '通话结果',
      () =>
        studio
          .getByRole('button', { name: /^编辑“/ })
          .first()
          .click(),
    ],
  ];
  const found: string[] = [];
  for (const [tab, open] of tabs) {
    await studio.getByRole('tab', { name: tab }).click();
    await open();
    await expect(studio.getByRole('tabpanel').getByRole('heading', { name: tab })).toBeVisible();
    const results = await new AxeBuilder({ page: studio }).include('[role="tabpanel"]').analyze();
    // axe looked at the form (an include matching nothing would pass silently).
    expect(results.passes.length, tab).toBeGreaterThan(5);
    found.push(
      ...results.violations.map(
        (v) => `${tab}: ${v.id} (${v.impact}) ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
      ),
    );
  }
  expect(found).toEqual([]);
});
