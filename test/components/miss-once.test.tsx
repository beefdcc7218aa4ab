// @vitest-environment jsdom
/**
 * Live-call walk 11: a search that found nothing, restored after the panel was reopened mid-call,
 * was written to the search-miss log a second time. One typed search is one entry, however often
 * the panel closes, reopens or switches sections.
 */
import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { account, duringCallHours, ready, renderPanel, settled } from './render-panel';

duringCallHours();

const customer = () => ready(account('CC7', '王芳', 321000, 12));
const searchBox = () => screen.getByRole('combobox', { name: '搜索客户异议' });

async function searchedAndMissed() {
  const user = userEvent.setup();
  const first = await renderPanel(customer());
  await user.keyboard('{Alt>}s{/Alt}');
  await screen.findByRole('button', { name: /^结束通话/ });
  await user.keyboard('/');
  await user.type(searchBox(), 'lvshiqqqq');
  return { user, first };
}

async function reopenAndLeave(db: Awaited<ReturnType<typeof renderPanel>>['db'], unmount: () => void) {
  unmount();
  const again = await renderPanel(customer(), { db });
  await screen.findByRole('button', { name: /^结束通话/ });
  const user = userEvent.setup();
  await user.keyboard('3');
  await waitFor(() => expect(searchBox()).toHaveValue('lvshiqqqq'));
  await settled(again.container);
  return again;
}

describe('the search-miss log across reopening the panel', () => {
  it('writes a missed search once when the panel is closed, reopened with it and closed again', async () => {
    const { first } = await searchedAndMissed();
    const db = first.db;
    const again = await reopenAndLeave(db, first.unmount);
    const third = await reopenAndLeave(db, again.unmount);
    third.unmount();
    await waitFor(async () => expect(await db.searchMisses.count()).toBe(1));
    // Nothing else is written late: the one entry is the typed query.
    await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
    expect((await db.searchMisses.toArray()).map((m) => m.query)).toEqual(['lvshiqqqq']);
  });

  it('writes it once with the card opened from it, the card restored after reopening', async () => {
    const { user, first } = await searchedAndMissed();
    await user.keyboard('{Enter}');
    await waitFor(async () => expect(await first.db.searchMisses.count()).toBe(1));
    const again = await reopenAndLeave(first.db, first.unmount);
    again.unmount();
    await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
    const misses = await first.db.searchMisses.toArray();
    expect(misses).toHaveLength(1);
    expect(misses[0]?.query).toBe('lvshiqqqq');
    expect(misses[0]?.openedId).toEqual(expect.any(String));
  });

  it('still writes a new query typed after the restored one', async () => {
    const { first } = await searchedAndMissed();
    const again = await reopenAndLeave(first.db, first.unmount);
    const user = userEvent.setup();
    await user.type(searchBox(), 'zz');
    again.unmount();
    await waitFor(async () => expect(await first.db.searchMisses.count()).toBe(2));
    // The clock is fixed (duringCallHours): both entries carry one time, so they are compared sorted.
    expect((await first.db.searchMisses.toArray()).map((m) => m.query).sort()).toEqual([
      'lvshiqqqq',
      'lvshiqqqqzz',
    ]);
  });
});
