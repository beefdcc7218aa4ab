// @vitest-environment jsdom
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { CallAssistDB } from '@/lib/db';
import { inCallWindow, options, searchBox, tab, WANG } from './objections-host';
import { renderPanel } from './render-panel';

inCallWindow();

/** `/` from the script: the Objections tab opens with its search box focused. */
async function openSearch() {
  await screen.findByTestId('call-status');
  fireEvent.keyDown(document.body, { key: '/' });
  await waitFor(() => expect(document.activeElement).toBe(searchBox()));
}

/** Types a query and waits until the full (pinyin) index answers it. */
async function search(user: ReturnType<typeof userEvent.setup>, query: string, firstTitle: string) {
  await user.type(searchBox(), query);
  // The first search of a file waits for the search module and its index, built a step per idle
  // period: over 5 s on a loaded 2-core machine (2026-12-02), whatever the code did.
  await waitFor(() => expect(options()[0]).toHaveTextContent(firstTitle), { timeout: 30_000 });
}

async function startCall(user: ReturnType<typeof userEvent.setup>) {
  await user.click(await screen.findByRole('button', { name: /开始通话/ }));
  await screen.findByRole('button', { name: /^结束通话/ });
}

async function onlyCall(db: CallAssistDB) {
  const calls = await db.calls.toArray();
  expect(calls).toHaveLength(1);
  return calls[0] as NonNullable<(typeof calls)[0]>;
}

describe('the objections section', () => {
  it('finds 没钱 first from the initials mq and shows what matched', async () => {
    const user = userEvent.setup();
    await renderPanel(WANG());
    await openSearch();
    expect(tab('objections')).toHaveAttribute('aria-selected', 'true');
    await search(user, 'mq', '没钱 / 手头紧');
    const match = within(options()[0] as HTMLElement).getByTestId('match');
    expect(match).toHaveTextContent('拼音首字母');
    expect(match).toHaveTextContent('mq → 没钱');
    expect(options()[0]).toHaveAttribute('aria-selected', 'true');
    await user.clear(searchBox());
    await search(user, 'meiqian', '没钱 / 手头紧');
    expect(within(options()[0] as HTMLElement).getByTestId('match')).toHaveTextContent('全拼');
  }, 90_000);

  it('moves with the arrows, opens with Enter, and picks with a digit only after an arrow', async () => {
    const user = userEvent.setup();
    await renderPanel(WANG());
    await openSearch();
    await search(user, 'mq', '没钱 / 手头紧');
    const second = options()[1]?.getAttribute('data-objection-id');
    expect(second).toBeTruthy();
    await user.keyboard('{ArrowDown}');
    expect(options()[1]).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('{ArrowUp}{Enter}');
    expect(screen.getByTestId('objection-card')).toHaveAttribute('data-objection-id', 'no-money');
    // After ↓ the digit picks the second result; it is neither typed nor taken as the section key.
    act(() => searchBox().focus());
    await user.keyboard('{ArrowDown}2');
    expect(screen.getByTestId('objection-card')).toHaveAttribute('data-objection-id', second);
    expect(searchBox()).toHaveValue('mq');
    expect(tab('objections')).toHaveAttribute('aria-selected', 'true');
  });

  it('goes back to the script with Escape', async () => {
    const user = userEvent.setup();
    await renderPanel(WANG());
    await openSearch();
    await user.keyboard('{Escape}');
    expect(tab('script')).toHaveAttribute('aria-selected', 'true');
    // Focus lands on the current script line, so Space marks it (review 2026-11-live-call #1).
    expect(document.activeElement).toBe(document.querySelector('.line--current'));
    // And from the card too.
    await openSearch();
    await search(user, 'mq', '没钱 / 手头紧');
    await user.keyboard('{Enter}');
    expect(document.activeElement).toBe(screen.getByTestId('objection-card'));
    await user.keyboard('{Escape}');
    expect(tab('script')).toHaveAttribute('aria-selected', 'true');
  });

  it('shows the card: say filled as in the script, do, and never marked as forbidden', async () => {
    const user = userEvent.setup();
    await renderPanel(WANG());
    await openSearch();
    await search(user, 'mq', '没钱 / 手头紧');
    await user.keyboard('{Enter}');
    const card = screen.getByTestId('objection-card');
    const say = within(card).getByRole('region', { name: '说' });
    expect(say).toHaveTextContent('可以把¥3,210.00办成分期');
    expect(within(card).getByRole('region', { name: '做' })).toHaveTextContent('问清三件事');
    const never = within(card).getByRole('region', { name: '以下说法禁止使用' });
    expect(never).toHaveTextContent('没钱就去借啊');
    expect(within(card).getByRole('button', { name: /打开方案计算器：分期还款/ })).toBeInTheDocument();

    // The customer's name, from the CRM, in another card.
    await user.click(searchBox());
    await user.clear(searchBox());
    await search(user, '家人', '家人 / 同事接听');
    await user.keyboard('{Enter}');
    expect(
      within(screen.getByTestId('objection-card')).getByRole('region', { name: '说' }),
    ).toHaveTextContent('麻烦您转告王芳回电400-000-0001');
    expect(screen.getByTestId('suggested-disposition')).toHaveTextContent('建议结果代码：TPC 第三方接听');
  });

  it('copies the say text with Y', async () => {
    const user = userEvent.setup();
    await renderPanel(WANG());
    await openSearch();
    await search(user, 'mq', '没钱 / 手头紧');
    await user.keyboard('{Enter}y');
    expect(await screen.findByText('话术已复制')).toBeInTheDocument();
    const copied = await navigator.clipboard.readText();
    expect(copied.split('\n')).toHaveLength(3);
    expect(copied).toContain('可以把¥3,210.00办成分期');
    expect(copied).not.toContain('{{');
  });

  it('records the card on the call, and without a call says to start it but still shows the card', async () => {
    const user = userEvent.setup();
    const { db } = await renderPanel(WANG());
    await openSearch();
    await search(user, 'mq', '没钱 / 手头紧');
    await user.keyboard('{Enter}');
    expect(screen.getByTestId('objection-card')).toHaveAttribute('data-objection-id', 'no-money');
    expect(screen.getByText(/先开始通话（Alt\+S）/)).toBeInTheDocument();
    expect(await db.calls.count()).toBe(0);

    await startCall(user);
    searchBox().focus();
    await user.keyboard('{Enter}');
    await waitFor(async () => {
      expect((await onlyCall(db)).objections.map((o) => o.objectionId)).toEqual(['no-money']);
    });
    expect(await screen.findByText(/已记录到本次通话/)).toBeInTheDocument();
  });

  it('sets the card’s flag on the call and opens the plan calculator with its preset', async () => {
    const user = userEvent.setup();
    const { db } = await renderPanel(WANG());
    await startCall(user);
    await openSearch();
    await search(user, 'shiye', '失业 / 收入下降');
    await user.keyboard('{Enter}f');
    await waitFor(async () => {
      const call = await onlyCall(db);
      expect(call.flags.map((f) => f.flag)).toEqual(['hardship']);
      expect(call.flags[0]?.reason).toBe('失业 / 收入下降');
    });
    expect(await screen.findByRole('button', { name: /已标记：困难客户/ })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await user.keyboard('p');
    expect(tab('plan')).toHaveAttribute('aria-selected', 'true');
    // The Plan section takes the preset once; the M1 policy has no personalised plan, and says so.
    expect(await screen.findByText(/不允许“个性化分期”方案/)).toBeInTheDocument();
  });

  it('with an empty search shows the objections likely at the call’s current stage', async () => {
    const user = userEvent.setup();
    const { db } = await renderPanel(WANG());
    await openSearch();
    // No stage reached yet: the script's first stage (identify).
    expect(screen.getByRole('heading', { name: '当前阶段（核实身份）常见异议' })).toBeInTheDocument();
    await waitFor(() => expect(options()[0]).toHaveAttribute('data-objection-id', 'scam'));
    expect(options()).toHaveLength(9);
    expect(options().some((o) => o.getAttribute('data-objection-id') === 'wants-reduction')).toBe(false);

    await startCall(user);
    // The test's own reads and writes run inside act(): the Guard re-reads the calls whenever one changes.
    const call = await act(() => onlyCall(db));
    await act(() => db.calls.update(call.id, { stages: [{ stageId: 'e-negotiate', at: Date.now() }] }));
    expect(await screen.findByRole('heading', { name: '当前阶段（协商还款）常见异议' })).toBeInTheDocument();
    await waitFor(() => expect(options()[0]).toHaveAttribute('data-objection-id', 'no-money'));
    expect(options().some((o) => o.getAttribute('data-objection-id') === 'wants-reduction')).toBe(true);
    expect(options().some((o) => o.getAttribute('data-objection-id') === 'scam')).toBe(false);
  });

  it('lifts what this agent used before, read when a customer’s panel opens', async () => {
    const first = await renderPanel(WANG());
    await openSearch();
    await waitFor(() => expect(options()[0]).toHaveAttribute('data-objection-id', 'scam'));
    first.unmount();
    // Three earlier calls (other customers) used "bad time": it now leads the identify phase.
    const { db } = await renderPanel(WANG());
    await db.calls.bulkAdd(
      ['a', 'b', 'c'].map((key, i) => ({
        id: `old-${key}`,
        accountKey: `OLD${key}`,
        adapterId: 'demo-crm',
        packId: 'p',
        packVersion: 1,
        startedAt: Date.now() - (i + 1) * 86_400_000,
        endedAt: Date.now() - (i + 1) * 86_400_000 + 60_000,
        segmentId: 'seg-early',
        stages: [],
        linesSaid: [],
        checklist: {},
        objections: [{ objectionId: 'bad-time', at: Date.now() - (i + 1) * 86_400_000 }],
        overrides: [],
        answered: true,
        conversation: true,
        flags: [],
      })),
    );
    await openSearch();
    await waitFor(() => expect(options()[0]).toHaveAttribute('data-objection-id', 'bad-time'));
  });

  it('pins and marks a crisis card, flags the call, stops the script and puts the protocol in the Guard', async () => {
    const user = userEvent.setup();
    const { db } = await renderPanel(WANG());
    await startCall(user);
    await openSearch();
    await search(user, '不想活', '提到轻生');
    expect(within(options()[0] as HTMLElement).getByText('危机')).toBeInTheDocument();
    await user.keyboard('{Enter}');

    const pinned = await screen.findByTestId('pinned-card');
    expect(pinned).toHaveAttribute('data-objection-id', 'self-harm');
    expect(within(pinned).getByText('危机')).toBeInTheDocument();
    expect(screen.getByTestId('crisis-banner')).toHaveTextContent('危机：停止话术');
    await waitFor(async () => {
      const call = await onlyCall(db);
      expect(call.flags.map((f) => f.flag)).toEqual(['crisis']);
      expect(call.objections.map((o) => o.objectionId)).toEqual(['self-harm']);
    });

    // The Guard shows the crisis line from the pack and the escalation steps.
    const protocol = within(screen.getByTestId('guard')).getByTestId('crisis-protocol');
    expect(protocol).toHaveTextContent('危机热线：全国心理援助热线 12356；也可拨打希望24热线 400-161-9995');
    expect(protocol).toHaveTextContent('立刻停止一切还款话题');

    // The card stays pinned above the next search.
    await user.click(searchBox());
    await user.clear(searchBox());
    await search(user, 'mq', '没钱 / 手头紧');
    await user.keyboard('{Enter}');
    expect(screen.getByTestId('pinned-card')).toHaveAttribute('data-objection-id', 'self-harm');
    expect(screen.getByTestId('objection-card')).toHaveAttribute('data-objection-id', 'no-money');

    // The script stops, and its keys with it.
    await user.keyboard('{Escape}');
    expect(tab('script')).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByTestId('script-stopped')).toHaveTextContent('危机：停止话术');
    expect(document.querySelector('[data-line-id]')).toBeNull();
    fireEvent.keyDown(document.body, { key: 'n' });
    expect((await onlyCall(db)).stages).toEqual([]);
  });

  it('keeps a crisis opened before the call in the section, and flags the call once it starts', async () => {
    const user = userEvent.setup();
    const { db } = await renderPanel(WANG());
    await openSearch();
    await search(user, 'zisha', '提到轻生');
    await user.keyboard('{Enter}');
    const banner = screen.getByTestId('crisis-banner');
    expect(banner).toHaveTextContent('开始通话后会自动标记本次通话');
    expect(within(banner).getByTestId('crisis-protocol')).toHaveTextContent('希望24热线 400-161-9995');
    expect(screen.getByTestId('pinned-card')).toHaveAttribute('data-objection-id', 'self-harm');

    await startCall(user);
    await waitFor(async () => expect((await onlyCall(db)).flags.map((f) => f.flag)).toEqual(['crisis']));
    await waitFor(() =>
      expect(within(screen.getByTestId('guard')).getByTestId('crisis-protocol')).toBeInTheDocument(),
    );
    expect(screen.getByTestId('crisis-banner')).not.toHaveTextContent('开始通话后');
  });

  it('answers Chinese text before the pinyin index arrives, and says when nothing matches', async () => {
    const user = userEvent.setup();
    await renderPanel(WANG());
    await openSearch();
    await user.type(searchBox(), '骗子');
    await waitFor(() => expect(options()[0]).toHaveAttribute('data-objection-id', 'scam'));
    await user.clear(searchBox());
    await user.type(searchBox(), '量子力学');
    expect(await screen.findByText(/没有直接匹配“量子力学”/)).toBeInTheDocument();
  });

  it('never shows an empty list while typing: earlier results, then the likely ones, each labelled (issue 11)', async () => {
    const user = userEvent.setup();
    const { db } = await renderPanel(WANG());
    await openSearch();
    await search(user, 'lvshi', '委托律师');
    expect(within(options()[0] as HTMLElement).queryByTestId('fallback')).toBeNull();
    // The agent goes on typing letters that spell nothing: the card stays, labelled, then the likely ones.
    await user.type(searchBox(), 'qqqq');
    await waitFor(() =>
      expect(within(options()[0] as HTMLElement).getByTestId('fallback')).toHaveTextContent('刚才的结果'),
    );
    expect(options()[0]).toHaveAttribute('data-objection-id', 'attorney');
    expect(options().length).toBeGreaterThan(1);
    expect(within(options().at(-1) as HTMLElement).getByTestId('fallback')).toHaveTextContent('本阶段常见');
    expect(screen.getByText(/没有直接匹配“lvshiqqqq”/)).toBeInTheDocument();
    // Opening a card from it records the miss with the card opened.
    await user.keyboard('{Enter}');
    await waitFor(async () => expect(await db.searchMisses.count()).toBe(1));
    expect((await db.searchMisses.toArray())[0]).toMatchObject({
      query: 'lvshiqqqq',
      reason: 'none',
      openedId: 'attorney',
    });
  });
});
