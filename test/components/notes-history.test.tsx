// @vitest-environment jsdom
/** The account's history and the note search in the Notes section. */
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { localDate } from '@/lib/db';
import { callRow } from '../unit/db/helpers';
import { DAY, freshDb, setup } from './notes-host';
import { account } from './render-panel';

describe('the history', () => {
  const days = (n: number) => Date.now() + n * DAY;

  it('shows calls newest first with disposition, promise kept / broken / pending, plan and notes', async () => {
    const db = freshDb();
    await db.calls.bulkAdd([
      callRow({
        id: 'broken',
        startedAt: days(-30),
        endedAt: days(-30),
        disposition: { id: 'PTP', at: days(-30) },
        promise: { amount: 100_000, date: localDate(days(-25)) },
      }),
      callRow({
        id: 'kept',
        startedAt: days(-20),
        endedAt: days(-20),
        disposition: { id: 'PTP', at: days(-20) },
        promise: { amount: 50_000, date: localDate(days(-15)) },
        plan: { type: 'instalment', summary: '分 6 期，每期 ¥2,000.00', schedule: [] },
      }),
      callRow({
        id: 'paid',
        startedAt: days(-16),
        endedAt: days(-16),
        disposition: { id: 'PAID', at: days(-16) },
        promise: { amount: 50_000, date: localDate(days(-16)) },
      }),
      callRow({
        id: 'pending',
        startedAt: days(-1),
        endedAt: days(-1),
        disposition: { id: 'PTP', at: days(-1) },
        promise: { amount: 30_000, date: localDate(days(5)) },
      }),
    ]);
    await db.notes.add({
      id: 'n1',
      accountKey: 'CC20240001',
      callId: 'kept',
      text: '客户同意分期',
      masked: [],
      createdAt: days(-20),
      updatedAt: days(-20),
    });
    await setup({ db, context: account('CC20240001', '张伟', 1234567, 75) });
    const history = await screen.findByTestId('history');
    const entries = within(history)
      .getAllByRole('listitem')
      .filter((li) => li.hasAttribute('data-call-id'));
    expect(entries.map((li) => li.getAttribute('data-call-id'))).toEqual([
      'pending',
      'paid',
      'kept',
      'broken',
    ]);
    const entry = (id: string) => entries.find((li) => li.getAttribute('data-call-id') === id) as HTMLElement;
    expect(entry('broken')).toHaveTextContent('PTP · 承诺还款');
    expect(entry('broken')).toHaveTextContent('承诺 ¥1,000.00');
    expect(entry('broken').querySelector('[data-promise]')).toHaveAttribute('data-promise', 'broken');
    expect(entry('broken')).toHaveTextContent('✗ 已跳票');
    expect(entry('kept')).toHaveTextContent('✓ 已兑现');
    expect(entry('kept')).toHaveTextContent('方案：分 6 期，每期 ¥2,000.00');
    expect(entry('kept')).toHaveTextContent('客户同意分期');
    expect(entry('pending')).toHaveTextContent('… 待兑现');
    expect(entry('paid')).toHaveTextContent('已还款 ¥500.00');
    expect(entry('paid').querySelector('[data-promise]')).toBeNull();
    expect(history).toHaveAttribute('tabindex', '0');
  });

  it('says so when the account has no history', async () => {
    await setup();
    expect(await screen.findByText('这个账户还没有通话或笔记记录。')).toBeInTheDocument();
  });
});

describe('the note search', () => {
  it('finds notes across accounts by every word, showing account and date', async () => {
    const db = freshDb();
    const at = Date.UTC(2026, 10, 20, 2, 30);
    await db.notes.bulkAdd([
      {
        id: 'a',
        accountKey: 'CC20240003',
        text: '客户说下周 还款 五千',
        masked: [],
        createdAt: at,
        updatedAt: at,
      },
      {
        id: 'b',
        accountKey: 'CC20240001',
        text: '下周出差，无法还款',
        masked: [],
        createdAt: at + DAY,
        updatedAt: at + DAY,
      },
      { id: 'c', accountKey: 'CC20240001', text: '要求减免', masked: [], createdAt: at, updatedAt: at },
    ]);
    await setup({ db });
    const box = screen.getByRole('searchbox', { name: '搜索笔记' });
    await userEvent.type(box, '下周 还款');
    expect(await screen.findByText('找到 2 条笔记')).toBeInTheDocument();
    const results = within(screen.getByRole('list', { name: '搜索笔记' })).getAllByRole('listitem');
    expect(results[0]).toHaveTextContent('账户 CC20240001');
    expect(results[1]).toHaveTextContent('账户 CC20240003');
    expect(results[1]).toHaveTextContent('2026-11-20');
    expect(within(results[0] as HTMLElement).getByText('下周', { selector: 'mark' })).toBeInTheDocument();

    await userEvent.clear(box);
    await userEvent.type(box, '不存在的词');
    expect(await screen.findByText('没有找到包含这些词的笔记')).toBeInTheDocument();
  });
});
