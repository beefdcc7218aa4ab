// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import type { CrmReport } from '@/lib/crm/context';
import { account, ready, renderPanel } from './render-panel';

const cleared = (cause: 'left' | 'loading'): CrmReport => ({
  kind: 'none',
  adapterId: 'demo-crm',
  url: 'https://example.com/',
  readAt: 0,
  reason: 'cleared',
  cause,
});

describe('the panel when the background clears the account', () => {
  it.each([
    ['left', '已离开 CRM 页面，客户信息已清除'],
    ['loading', 'CRM 正在打开新页面，上一位客户的信息已清除'],
  ] as const)('drops the customer and says why (%s)', async (cause, text) => {
    const { rerenderWith } = await renderPanel(ready(account('CC1', '钱多多', 100000, 12)));
    expect(screen.getAllByText(/钱多多/).length).toBeGreaterThan(0);
    await rerenderWith({ status: 'ready', report: cleared(cause) });
    expect(screen.queryAllByText(/钱多多/)).toEqual([]);
    expect(screen.queryByText('¥1,000.00')).toBeNull();
    expect(document.querySelector('[data-field="name"]')).toBeNull();
    expect(screen.getByText(text)).toBeInTheDocument();
  });

  it('isolates every CRM value so its characters cannot turn the text around it', async () => {
    await renderPanel(ready(account('CC1', '钱多多', 100000, 12)));
    const name = document.querySelector('[data-field="name"] .field__value');
    expect(name?.firstElementChild?.tagName).toBe('BDI');
    expect(name).toHaveTextContent('钱多多');
  });
});
