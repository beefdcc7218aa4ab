/**
 * Issue 17 item 6 in Chromium: a lead builds an adapter by picking values on a CRM tab, on the
 * demo CRM (dt/dd facts) and on a page laid out with label cells (demo/crm/table.html), and
 * "test adapter" reads them all with the real extractor. The picker is Chromium-tested only.
 */
import type { Locator, Page } from '@playwright/test';
import { expect, tabIdOf, test } from './fixtures';
import { openStudio } from './studio-publish';

const HINT = '催收通话助手：点击要读取的值 · 回车选取框中的元素 · Esc 取消';

async function pick(studio: Page, crm: Page, value: Locator, field: string, readAs: string) {
  await studio.getByRole('button', { name: '选取字段' }).click();
  await expect(crm.getByText(HINT)).toBeVisible();
  await value.click();
  await expect(crm.getByText(HINT)).toHaveCount(0);
  const proposal = studio.getByRole('group', { name: '建议的字段' });
  await expect(proposal).toBeVisible();
  await proposal.getByLabel('字段', { exact: true }).selectOption({ label: field });
  await expect(proposal.getByText(`读取结果： ${readAs}`)).toBeVisible();
  await proposal.getByRole('button', { name: '添加到适配器' }).click();
  await expect(studio.getByText(`已把${field}添加到适配器。`)).toBeVisible();
}

async function newAdapter(studio: Page, name: string, match: string) {
  await studio.getByRole('button', { name: '新增适配器' }).click();
  await studio.getByLabel('名称', { exact: true }).fill(name);
  await studio.getByLabel(/读取的页面/).fill(match);
}

test('pick three fields and the key on two CRM layouts, then test each adapter', async ({ ext, crmUrl }) => {
  const crm = await ext.context.newPage();
  await crm.goto(`${crmUrl}/accounts/CC20240001`);
  await expect(crm.locator('#customer-name')).toHaveText('张伟');
  const table = await ext.context.newPage();
  await table.goto(`${crmUrl}/table.html`);

  const studio = await openStudio(ext);
  await studio.getByRole('tab', { name: 'CRM 适配器' }).click();

  // The demo CRM: facts in <dt>/<dd>, the name in a heading found by selector.
  await newAdapter(studio, '演示 CRM（选取）', 'http://127.0.0.1/accounts/*');
  await studio.getByLabel('CRM 标签页').selectOption(String(await tabIdOf(ext, crm)));
  await expect(studio.getByText(/此适配器读取的页面不包括/)).toHaveCount(0);
  await pick(studio, crm, crm.locator('dd', { hasText: 'CC20240001' }), '账户编号（区分客户）', 'CC20240001');
  await pick(studio, crm, crm.locator('#customer-name'), '持卡人姓名', '张伟');
  await pick(studio, crm, crm.locator('dd', { hasText: '¥12,345.67' }), '逾期金额', '12345.67 CNY');
  await pick(studio, crm, crm.locator('dd', { hasText: /^75 天$/ }), '逾期天数', '75');
  await studio.getByRole('button', { name: '在此标签页上测试适配器' }).click();
  await expect(studio.getByText('读到 4 个，缺失 0 个，无法读取 0 个')).toBeVisible();
  const rows = studio.locator('.studio-test tbody tr');
  await expect(rows).toHaveText([/CC20240001/, /张伟/, /¥12,345\.67.*12345\.67 CNY/, /75 天.*75/]);

  // Escape on the page cancels a pick and leaves the page as it was.
  await studio.getByRole('button', { name: '选取字段' }).click();
  await expect(crm.getByText(HINT)).toBeVisible();
  await crm.keyboard.press('Escape');
  await expect(studio.getByText('已取消选取。')).toBeVisible();
  await expect(crm.getByText(HINT)).toHaveCount(0);

  // A page laid out with label cells: <th>/<td> and <td class="label">/<td> in rows.
  await newAdapter(studio, '表格 CRM', 'http://127.0.0.1/table.html');
  await studio.getByLabel('CRM 标签页').selectOption(String(await tabIdOf(ext, table)));
  await expect(studio.getByText(/此适配器读取的页面不包括/)).toHaveCount(0);
  await pick(
    studio,
    table,
    table.getByRole('cell', { name: 'CC20249001' }),
    '账户编号（区分客户）',
    'CC20249001',
  );
  await pick(studio, table, table.getByText('¥8,420.50'), '逾期金额', '8420.50 CNY');
  await pick(studio, table, table.getByRole('cell', { name: '139 1234 5678' }), '拨打的号码', '13912345678');
  await pick(studio, table, table.getByRole('cell', { name: '2026年10月8日' }), '到期还款日', '2026-10-08');
  await studio.getByRole('button', { name: '在此标签页上测试适配器' }).click();
  await expect(studio.getByText('读到 4 个，缺失 0 个，无法读取 0 个')).toBeVisible();
  await expect(rows).toHaveText([/CC20249001/, /8420\.50 CNY/, /13912345678/, /2026-10-08/]);

  // Proposed by the page's own labels (as the extractor compares them), the heading by selector.
  // Read from the autosaved draft (IndexedDB `call-assist`, table `studioDrafts`).
  const savedDraft = () =>
    studio.evaluate(
      () =>
        new Promise<string>((resolve, reject) => {
          const open = indexedDB.open('call-assist');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const get = open.result.transaction('studioDrafts').objectStore('studioDrafts').get('current');
            get.onsuccess = () => resolve(get.result?.text ?? '');
            get.onerror = () => reject(get.error);
          };
        }),
    );
  await expect.poll(async () => (await savedDraft()).includes('联系电话')).toBe(true);
  const pack = JSON.parse(await savedDraft());
  const [demo, cells] = pack.crm.adapters.slice(-2);
  expect(demo.accountKey).toEqual({ label: '账户编号', parse: 'text' });
  expect(demo.fields).toEqual({
    name: { selector: '#customer-name', parse: 'text' },
    overdueAmount: { label: '逾期金额', parse: 'money' },
    dpd: { label: '逾期天数', parse: 'int' },
  });
  expect(cells.match).toEqual(['http://127.0.0.1/table.html']);
  expect(cells.fields).toEqual({
    overdueAmount: { label: '逾期金额', parse: 'money' },
    phone: { label: '联系电话', parse: 'phone' },
    dueDate: { label: '到期还款日', parse: 'date' },
  });
});
