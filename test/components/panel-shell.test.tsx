// @vitest-environment jsdom
import { act, fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { account, defaultPack, ready, renderPanel } from './render-panel';

describe('the side panel shell', () => {
  it('shows the account: name, key, overdue amount in the pack currency, DPD and bucket', async () => {
    await renderPanel(ready(account('CC20240003', '王建国', 1234567, 75)));
    const header = screen.getByRole('region', { name: '客户' });
    expect(within(header).getByText('王建国')).toBeInTheDocument();
    expect(within(header).getByText('CC20240003')).toBeInTheDocument();
    expect(within(header).getByText('¥12,345.67')).toBeInTheDocument();
    expect(within(header).getByText('75')).toBeInTheDocument();
    expect(within(header).getByText('M3')).toBeInTheDocument();
  });

  it('tells where a value was read on focus', async () => {
    await renderPanel(ready(account('CC1', '李娜', 100, 12)));
    const amount = screen.getByText('¥1.00').closest('[data-field]') as HTMLElement;
    expect(within(amount).getByRole('tooltip', { hidden: true })).not.toBeVisible();
    act(() => amount.focus());
    expect(within(amount).getByRole('tooltip')).toHaveTextContent('读取自标签“逾期金额”旁的值');
  });

  it('names a field read by a selector by its label, never by the selector', async () => {
    await renderPanel(ready(account('CC1', '李娜', 100, 12)));
    const name = document.querySelector('[data-field="name"]') as HTMLElement;
    act(() => name.focus());
    const tip = within(name).getByRole('tooltip');
    expect(tip).toHaveTextContent('读取自 CRM 页面上的“客户”一栏');
    expect(tip).not.toHaveTextContent('#customer-name');
  });

  it('shows a missing field as missing, with what to do, never blank', async () => {
    const context = account('CC9', '赵敏', 0, 0);
    delete context.fields.overdueAmount;
    context.problems = [
      { field: 'overdueAmount', problem: 'missing', required: true },
      { field: 'dpd', problem: 'unparseable', required: true, raw: '未知' },
    ];
    delete context.fields.dpd;
    await renderPanel(ready(context));
    const amount = document.querySelector('[data-field="overdueAmount"]') as HTMLElement;
    expect(amount).toHaveTextContent('缺失');
    expect(document.querySelector('[data-field="dpd"]')).toHaveTextContent('无法识别');
    expect(screen.getByText(/2 个字段缺失或无法识别：逾期金额、逾期天数/)).toBeInTheDocument();
  });

  it('names a missing field read by a selector by what it is, never by its internal name', async () => {
    const context = account('CC9', '赵敏', 100, 12);
    // The demo adapter reads the agent's id from the CRM's header with a pattern, by selector.
    context.problems = [{ field: 'agentId', problem: 'missing', required: false }];
    await renderPanel(ready(context));
    expect(screen.getByText(/1 个字段缺失或无法识别：坐席工号/)).toBeInTheDocument();
    expect(screen.queryByText(/agentId/)).toBeNull();
  });

  it('replaces every value when the account changes, keeping nothing of the previous one', async () => {
    const { rerenderWith } = await renderPanel(ready(account('CC1', '李娜', 100000, 12)));
    const next = account('CC2', '王建国', 0, 45);
    delete next.fields.overdueAmount;
    next.problems = [{ field: 'overdueAmount', problem: 'missing', required: true }];
    await rerenderWith(ready(next));
    expect(screen.queryByText('李娜')).toBeNull();
    expect(screen.queryByText('¥1,000.00')).toBeNull();
    expect(document.querySelector('[data-field="overdueAmount"]')).toHaveTextContent('缺失');
  });

  it.each([
    [{ status: 'loading' } as const, '正在读取 CRM 页面…'],
    [{ status: 'ready', report: null } as const, '这个页面不是已授权的 CRM 页面'],
    [
      {
        status: 'ready',
        report: { kind: 'none', adapterId: 'demo-crm', url: 'u', readAt: 0, reason: 'no account' },
      } as const,
      '当前页面没有打开客户账户',
    ],
  ])('says what to do when there is no account (%#)', async (report, text) => {
    await renderPanel(report);
    expect(screen.getByText(text)).toBeInTheDocument();
  });

  it('switches sections with keys 1–5 and by click, with accessible tabs', async () => {
    await renderPanel(ready(account('CC1', '李娜', 100, 12)));
    const tabs = screen.getAllByRole('tab');
    expect(tabs.map((t) => t.textContent)).toEqual(['1 合规', '2 话术', '3 异议', '4 方案', '5 笔记']);
    expect(screen.getByRole('tab', { name: /话术/ })).toHaveAttribute('aria-selected', 'true');
    fireEvent.keyDown(document.body, { key: '4', code: 'Digit4' });
    expect(screen.getByRole('tab', { name: /方案/ })).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByRole('tabpanel', { name: /方案/ })).toBeVisible();
    await userEvent.click(screen.getByRole('tab', { name: /合规/ }));
    expect(screen.getByRole('tabpanel', { name: /合规/ })).toBeVisible();
  });

  it('does not switch sections while the agent types a digit in a field', async () => {
    await renderPanel(ready(account('CC1', '李娜', 100, 12)));
    const input = document.createElement('input');
    document.body.append(input);
    fireEvent.keyDown(input, { key: '4', code: 'Digit4' });
    expect(screen.getByRole('tab', { name: /话术/ })).toHaveAttribute('aria-selected', 'true');
    fireEvent.keyDown(input, { key: '4', code: 'Digit4', altKey: true });
    expect(screen.getByRole('tab', { name: /方案/ })).toHaveAttribute('aria-selected', 'true');
    input.remove();
  });

  it('refuses to work with a broken pack and says why', async () => {
    await renderPanel(ready(account('CC1', '李娜', 100, 12)), {
      pack: { ok: false, message: { zh: '已存储的话术包无法读取', en: 'Stored pack cannot be read' } },
    });
    expect(screen.getByRole('alert')).toHaveTextContent('已存储的话术包无法读取');
  });

  it('speaks English when asked', async () => {
    await renderPanel(ready(account('CC1', 'Li Na', 100, 12)), { locale: 'en', pack: defaultPack() });
    expect(screen.getAllByRole('tab').map((t) => t.textContent)).toEqual([
      '1 Guard',
      '2 Script',
      '3 Objections',
      '4 Plan',
      '5 Notes',
    ]);
  });
});
