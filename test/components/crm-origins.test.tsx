// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CrmOrigins } from '@/components/settings/CrmOrigins';
import { I18nProvider } from '@/components/shell/i18n';

const sent = vi.hoisted(() => [] as unknown[]);
vi.mock('@/lib/messaging/send', () => ({
  send: async (name: string, payload: unknown) => {
    sent.push({ name, payload });
    return { registered: [] };
  },
}));

function stubPermissions(answer: boolean) {
  const granted: string[] = [];
  const requested: unknown[] = [];
  (fakeBrowser as unknown as Record<string, unknown>).permissions = {
    getAll: async () => ({ origins: [...granted] }),
    request: async (request: { origins: string[] }) => {
      requested.push(request);
      if (answer) granted.push(...request.origins);
      return answer;
    },
  };
  return { requested };
}

const renderOrigins = () =>
  render(
    <I18nProvider locale="zh-CN">
      <CrmOrigins />
    </I18nProvider>,
  );

beforeEach(() => {
  sent.length = 0;
});

describe('granting a CRM origin from the options page', () => {
  it('asks the browser for the origin, registers the content script and lists it', async () => {
    const { requested } = stubPermissions(true);
    renderOrigins();
    expect(await screen.findByText('尚未授权任何网址')).toBeInTheDocument();
    await userEvent.type(screen.getByLabelText('CRM 网址'), 'https://crm.bank.cn/login');
    await userEvent.click(screen.getByRole('button', { name: '授权并启用' }));
    expect(requested).toEqual([{ origins: ['https://crm.bank.cn/*'] }]);
    expect(await screen.findByText('已授权：https://crm.bank.cn/*')).toBeInTheDocument();
    expect(sent).toEqual([{ name: 'crm/register-origins', payload: { origins: ['https://crm.bank.cn/*'] } }]);
    expect(screen.getByRole('listitem')).toHaveTextContent('https://crm.bank.cn/*');
  });

  it('says so when the user refuses, and registers nothing', async () => {
    stubPermissions(false);
    renderOrigins();
    await userEvent.type(screen.getByLabelText('CRM 网址'), 'https://crm.bank.cn{Enter}');
    expect(await screen.findByText('没有获得权限：https://crm.bank.cn/*')).toBeInTheDocument();
    expect(sent).toEqual([]);
  });

  it('refuses what is not an http(s) address without asking the browser', async () => {
    const { requested } = stubPermissions(true);
    renderOrigins();
    await userEvent.type(screen.getByLabelText('CRM 网址'), 'file:///etc/passwd');
    await userEvent.click(screen.getByRole('button', { name: '授权并启用' }));
    expect(screen.getByText('不是有效的 http(s) 网址：file:///etc/passwd')).toBeInTheDocument();
    expect(requested).toEqual([]);
  });
});
