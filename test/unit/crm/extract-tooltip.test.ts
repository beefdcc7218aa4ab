// @vitest-environment jsdom
/**
 * Red team 12: a tooltip is a value only when it says what the cell would show. An empty cell whose
 * `title` or `aria-label` is an instruction or a placeholder reads as missing (it read 点击编辑 as
 * the amount and "Click to edit" as the name); a cell cut short (`张三丰…`) is read whole from a
 * tooltip that begins with it; an icon-only cell named by its tooltip is still read (red team 11).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { AccountContext } from '../../../lib/crm/context';
import { extractAccount } from '../../../lib/crm/extract';
import { hintLike } from '../../../lib/crm/tooltip';
import { demoAdapter } from '../../fixtures/crm/demo-adapter';

const NOW = Date.UTC(2026, 8, 1, 2, 0);
const html = readFileSync(resolve(import.meta.dirname, '../../fixtures/crm/account-full.html'), 'utf8');
const NAME = '<h1 id="customer-name">张伟</h1>';
const OVERDUE = '<div class="fact"><dt>逾期金额</dt><dd>¥12,345.67</dd></div>';
const REGION = /<div class="fact"><dt>所在地区<\/dt><dd>[^<]*<\/dd><\/div>/;

function read(edit: (page: string) => string): AccountContext {
  const page = edit(html);
  expect(page).not.toBe(html);
  document.body.innerHTML = /<body>([\s\S]*)<\/body>/.exec(page)?.[1] ?? '';
  const report = extractAccount(document, demoAdapter, NOW);
  if (report.kind !== 'account') throw new Error(`expected an account, got: ${report.reason}`);
  return report.context;
}
const problemOf = (context: AccountContext, field: string) =>
  context.problems.find((problem) => problem.field === field);
const name = (cell: string) => (p: string) => p.replace(NAME, cell);
const overdue = (dd: string) => (p: string) =>
  p.replace(OVERDUE, `<div class="fact"><dt>逾期金额</dt>${dd}</div>`);
const region = (dd: string) => (p: string) =>
  p.replace(REGION, `<div class="fact"><dt>所在地区</dt>${dd}</div>`);

describe('an empty cell whose tooltip is a hint reads as missing', () => {
  it.each([
    ['点击编辑 on the amount', overdue('<dd title="点击编辑"></dd>'), 'overdueAmount'],
    ['"Click to edit" on the amount', overdue('<dd title="Click to edit"></dd>'), 'overdueAmount'],
    [
      'an aria-label "Edit amount" on the amount',
      overdue('<dd aria-label="Edit amount"></dd>'),
      'overdueAmount',
    ],
    ['暂无 on the amount', overdue('<dd title="暂无"></dd>'), 'overdueAmount'],
    ['a traditional 點擊編輯 on the amount', overdue('<dd title="點擊編輯"></dd>'), 'overdueAmount'],
    ['a title on an empty input', overdue('<dd><input value="" title="请输入金额"></dd>'), 'overdueAmount'],
    ['"Click to edit" on the name', name('<h1 id="customer-name" title="Click to edit"></h1>'), 'name'],
    ['双击修改 on the name', name('<h1 id="customer-name" title="双击修改"></h1>'), 'name'],
    ['请选择 on the region', region('<dd title="请选择"></dd>'), 'region'],
    ['"No data" on the region', region('<dd aria-label="No data"></dd>'), 'region'],
    ['"Select a region" on the region', region('<dd title="Select a region"></dd>'), 'region'],
  ])('%s', (_case, edit, field) => {
    const context = read(edit);
    expect(context.fields[field]).toBeUndefined();
    expect(problemOf(context, field)).toMatchObject({ field, problem: 'missing' });
    expect(problemOf(context, field)?.raw).toBeUndefined();
  });

  it('an amount cell titled with something no amount is (a tooltip of another kind) is missing, not unparseable', () => {
    const context = read(overdue('<dd title="逾期金额说明"></dd>'));
    expect(problemOf(context, 'overdueAmount')).toEqual({
      field: 'overdueAmount',
      problem: 'missing',
      required: true,
    });
  });
});

describe('a tooltip that is the value', () => {
  it.each([
    [
      'a name cut short',
      name('<h1 id="customer-name" title="张三丰老师">张三丰…</h1>'),
      'name',
      '张三丰老师',
    ],
    [
      'a name cut with three dots',
      name('<h1 id="customer-name" title="Alexander Smith">Alexan...</h1>'),
      'name',
      'Alexander Smith',
    ],
    ['an icon-only name cell', name('<h1 id="customer-name" aria-label="张伟"></h1>'), 'name', '张伟'],
    ['an icon-only region', region('<dd title="广东省深圳市"></dd>'), 'region', '广东省深圳市'],
    ['an amount drawn by CSS', overdue('<dd title="¥12,345.67"></dd>'), 'overdueAmount', 1234567],
    [
      'a region that holds a hint word inside a longer word',
      region('<dd title="Bayview Addison"></dd>'),
      'region',
      'Bayview Addison',
    ],
  ])('%s', (_case, edit, field, value) => {
    expect(read(edit).fields[field]?.value).toBe(value);
  });

  it('a tooltip that does not begin with the cut text never replaces it', () => {
    const context = read(name('<h1 id="customer-name" title="点击查看全名">张三丰…</h1>'));
    expect(context.fields.name?.value).toBe('张三丰…');
  });

  it('a shown value keeps its text whatever its tooltip', () => {
    const context = read(overdue('<dd title="点击编辑">¥12,345.67</dd>'));
    expect(context.fields.overdueAmount?.value).toBe(1234567);
  });
});

describe('hintLike', () => {
  it.each([
    '点击编辑',
    'Click to edit',
    'EDIT',
    '编辑',
    '暂无数据',
    '请选择',
    'Tap to add',
    'Not set',
    '點擊查看',
  ])('%s is a hint', (text) => expect(hintLike(text)).toBe(true));
  it.each(['张三丰', '广东省深圳市', 'Edith Clark', 'Bayview', '¥12,345.67', '2026-09-15', '已结清'])(
    '%s is no hint',
    (text) => expect(hintLike(text)).toBe(false),
  );
});
