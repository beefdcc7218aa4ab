// @vitest-environment jsdom
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { AccountContext, FieldReading } from '@/lib/crm/context';
import { type CallAssistDB, endCall, startCall, updateCall } from '@/lib/db';
import type { ActivePack } from '@/lib/pack/store';
import { account, defaultPack, ready, renderPanel } from './render-panel';

/** Epoch ms of a Shanghai wall-clock time. */
const shanghai = (iso: string) => Date.parse(`${iso}+08:00`);

const reading = (
  value: FieldReading['value'],
  parse: FieldReading['parse'],
  label: string,
): FieldReading => ({
  raw: Array.isArray(value) ? value.join(',') : String(value),
  value,
  parse,
  source: { label },
});

/** A demo-CRM account with its flags and zone read, like the content script reports it. */
function debtor(key: string, flags: string[], extra: Partial<AccountContext> = {}): AccountContext {
  const context = account(key, '黄磊', 672000, 38);
  context.fields.flags = { ...reading(flags, 'list', '账户标记'), source: { selector: '#account-flags' } };
  context.fields.timezone = reading('Asia/Shanghai', 'text', '当地时区');
  context.fields.phone = reading('13690001122', 'phone', '手机号码');
  return { ...context, ...extra };
}

const guardBar = () => screen.getByTestId('guard');

async function seedCall(db: CallAssistDB, accountKey: string, startedAt: number) {
  const started = await startCall(db, {
    accountKey,
    adapterId: 'demo-crm',
    packId: 'p',
    packVersion: 1,
    segmentId: 'seg-mid',
    phone: '13690001122',
    startedAt,
  });
  if (!started.ok) throw new Error('seed');
  await endCall(db, started.call.id, startedAt + 30_000);
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(shanghai('2026-06-15T14:00:00'));
});
afterEach(() => {
  vi.useRealTimers();
});

describe('the Guard bar', () => {
  it('is calm and neutral without an account', async () => {
    await renderPanel({ status: 'ready', report: null });
    expect(guardBar()).toHaveAttribute('data-level', 'idle');
    expect(within(guardBar()).getByRole('status')).toHaveTextContent('合规检查待命');
    expect(within(guardBar()).queryByRole('alert')).toBeNull();
  });

  it('is green with the local time and today’s attempt for a clean account in hours', async () => {
    await renderPanel(ready(debtor('CC20240002', [])));
    const status = await within(guardBar()).findByRole('status');
    expect(guardBar()).toHaveAttribute('data-level', 'ok');
    expect(status).toHaveTextContent('可以拨打');
    expect(status).toHaveTextContent('当地时间 14:00 · 今日第 1 次');
    expect(within(guardBar()).queryByRole('listitem')).toBeNull();
  });

  it('is red for the complaint flag of the default zh-CN pack, with the pack’s reason', async () => {
    await renderPanel(ready(debtor('CC20240007', ['complaint'])));
    const alert = await within(guardBar()).findByRole('alert');
    expect(guardBar()).toHaveAttribute('data-level', 'block');
    expect(alert).toHaveTextContent('禁止');
    // The flag's label, never its id (issue 12 §7).
    expect(alert).toHaveTextContent('未结投诉：客户有未结投诉');
    expect(alert).not.toHaveTextContent('complaint');
  });

  it('is red, as an alert, for a blocking flag (attorney)', async () => {
    await renderPanel(ready(debtor('CC20240008', ['attorney'])));
    const alert = await within(guardBar()).findByRole('alert');
    expect(guardBar()).toHaveAttribute('data-level', 'block');
    expect(alert).toHaveTextContent('禁止');
    expect(alert).toHaveTextContent('客户已委托律师：只与代理律师联系');
  });

  it('is red for the complaint account after 22:00 debtor time, the window reason first', async () => {
    vi.setSystemTime(shanghai('2026-06-15T22:30:00'));
    await renderPanel(ready(debtor('CC20240007', ['complaint'])));
    const alert = await within(guardBar()).findByRole('alert');
    const reasons = within(alert).getAllByRole('listitem');
    expect(reasons[0]).toHaveTextContent('当地时间 22:30');
    expect(reasons[0]).toHaveTextContent('不在允许时段 08:00–22:00 内');
    expect(reasons[1]).toHaveTextContent('客户有未结投诉');
  });

  it('says 当地时间 21:47 · 今日第 4 次 · 7 天内 5 次 from the call history', async () => {
    vi.setSystemTime(shanghai('2026-06-15T21:47:00'));
    const base = defaultPack();
    if (!base.ok) throw new Error('pack');
    const pack: ActivePack = {
      ...base,
      pack: {
        ...base.pack,
        rules: [
          ...base.pack.rules,
          {
            id: 'seven-days',
            type: 'contactFrequency',
            title: '7 天内不超过 10 次',
            source: '测试',
            severity: 'warn',
            maxAttempts: 10,
            days: 7,
            quietDaysAfterConversation: 0,
          },
        ],
      },
    };
    const { db } = await renderPanel(ready(debtor('CC20240002', [])), { pack });
    await act(async () => {
      await seedCall(db, 'CC20240002', shanghai('2026-06-12T10:00:00'));
      for (const time of ['09:00', '11:30', '16:20'])
        await seedCall(db, 'CC20240002', shanghai(`2026-06-15T${time}:00`));
    });
    await waitFor(() =>
      expect(within(guardBar()).getByRole('status')).toHaveTextContent(
        '当地时间 21:47 · 今日第 4 次 · 7 天内 5 次',
      ),
    );
  });

  it('does not count the call in progress as an earlier attempt', async () => {
    const { db } = await renderPanel(ready(debtor('CC20240002', [])));
    await act(async () => {
      await startCall(db, {
        accountKey: 'CC20240002',
        adapterId: 'demo-crm',
        packId: 'p',
        packVersion: 1,
        segmentId: 'seg-early',
      });
    });
    await waitFor(() => expect(screen.getByTestId('call-status')).toHaveTextContent('通话中'));
    expect(within(guardBar()).getByRole('status')).toHaveTextContent('今日第 1 次');
  });

  it('expands from the keyboard to every verdict with its message and the rule’s source', async () => {
    const user = userEvent.setup();
    await renderPanel(ready(debtor('CC20240007', ['complaint'])));
    const toggle = within(guardBar()).getByRole('button', { name: '展开全部规则' });
    const details = document.getElementById(toggle.getAttribute('aria-controls') ?? '') as HTMLElement;
    expect(details).not.toBeVisible();
    toggle.focus();
    await user.keyboard('{Enter}');
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(details).toBeVisible();
    const pack = defaultPack();
    if (!pack.ok) throw new Error('pack');
    const items = within(details).getAllByRole('listitem');
    expect(items).toHaveLength(pack.pack.rules.length);
    const flags = details.querySelector('[data-rule-id="cn-stop-flags"]') as HTMLElement;
    expect(flags).toHaveTextContent('阻断');
    expect(flags).toHaveTextContent('账户有特殊标记时暂停或限制催收');
    expect(flags).toHaveTextContent('依据：商业银行信用卡业务监督管理办法第68–70条');
    expect(details.querySelector('[data-rule-id="cn-call-window"]')).toHaveTextContent(
      '在允许时段 08:00–22:00 内',
    );
    await user.keyboard(' ');
    expect(details).not.toBeVisible();
  });

  it('says so in third-party mode', async () => {
    const { db } = await renderPanel(ready(debtor('CC20240002', [])));
    await act(async () => {
      const started = await startCall(db, {
        accountKey: 'CC20240002',
        adapterId: 'demo-crm',
        packId: 'p',
        packVersion: 1,
        segmentId: 'seg-early',
      });
      if (!started.ok) throw new Error('start');
      await updateCall(db, started.call.id, (c) => {
        c.stages.push(
          { stageId: 'e-identify', at: Date.now() },
          { stageId: 'e-third-party', at: Date.now() },
        );
        c.thirdParty = { at: Date.now() };
        return c;
      });
    });
    expect(
      await within(guardBar()).findByText('第三方模式：对方不是本人，不得提及欠款。'),
    ).toBeInTheDocument();
  });
});

describe('the Guard bar follows the clock', () => {
  it('turns red at 22:00 debtor time without a reload', async () => {
    vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval'] });
    vi.setSystemTime(shanghai('2026-06-15T21:59:45'));
    await renderPanel(ready(debtor('CC20240002', [])));
    await waitFor(() => expect(guardBar()).toHaveAttribute('data-level', 'ok'));
    await act(async () => {
      vi.advanceTimersByTime(30_000);
    });
    await waitFor(() => expect(guardBar()).toHaveAttribute('data-level', 'block'));
    expect(within(guardBar()).getByRole('alert')).toHaveTextContent('当地时间 22:00');
  });
});
