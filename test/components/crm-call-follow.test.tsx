// @vitest-environment jsdom
/**
 * Live-call walk 12: the panel follows the CRM's call state for an account it is not showing at
 * the moment. The CRM hangs up while the panel shows another tab (or is closed): the call ends
 * when the account shows again; a call the agent ended while the CRM line still shows connected is
 * not started again by coming back to it.
 */
import { screen, waitFor } from '@testing-library/react';
import type { AccountContext } from '@/lib/crm/context';
import { type CallAssistDB, callsForAccount } from '@/lib/db';
import { account, altChord, duringCallHours, ready, renderPanel } from './render-panel';

duringCallHours();

const onLine = (context: AccountContext, raw: '通话中' | '已结束' | '空闲'): AccountContext => ({
  ...context,
  callState: { raw, active: raw === '通话中' },
});
const wang = account('CC51', '王芳', 321000, 12);
const li = account('CC52', '李强', 876543, 45);

const open = async (db: CallAssistDB, key: string) =>
  (await callsForAccount(db, key)).filter((c) => c.endedAt === undefined);

describe('the CRM call state of an account the panel is not showing', () => {
  it('a hang-up in the other tab ends the call when its account shows again', async () => {
    const { db, rerenderWith } = await renderPanel(ready(onLine(wang, '通话中')));
    await waitFor(async () => expect(await open(db, 'CC51')).toHaveLength(1));
    await waitFor(async () => expect((await open(db, 'CC51'))[0]?.crmLive).toBeDefined());
    await rerenderWith(ready(onLine(li, '空闲')));
    expect(await screen.findByText('未在通话')).toBeInTheDocument();
    // 王芳's CRM tab hung up meanwhile; the panel shows her again.
    await rerenderWith(ready(onLine(wang, '已结束')));
    await waitFor(async () => expect(await open(db, 'CC51')).toHaveLength(0));
    expect(await screen.findByText('未在通话')).toBeInTheDocument();
    expect(await db.calls.count()).toBe(1);
  });

  it('a hang-up while the panel was closed ends the call when it opens again', async () => {
    const first = await renderPanel(ready(onLine(wang, '通话中')));
    await waitFor(async () => expect((await open(first.db, 'CC51'))[0]?.crmLive).toBeDefined());
    first.unmount();
    await renderPanel(ready(onLine(wang, '已结束')), { db: first.db });
    await waitFor(async () => expect(await open(first.db, 'CC51')).toHaveLength(0));
    expect(await screen.findByText('未在通话')).toBeInTheDocument();
  });

  it('a call started by hand is not ended by a CRM that never showed it connected', async () => {
    const { db, rerenderWith } = await renderPanel(ready(onLine(wang, '空闲')));
    await screen.findByRole('button', { name: /开始通话/ });
    altChord('s');
    await screen.findByText(/通话中/);
    await rerenderWith(ready(onLine(li, '空闲')));
    await rerenderWith(ready(onLine(wang, '已结束')));
    expect(await screen.findByText(/通话中/)).toBeInTheDocument();
    expect(await open(db, 'CC51')).toHaveLength(1);
  });

  it('a call ended by hand while the CRM line stays connected is not started again on coming back', async () => {
    const { db, rerenderWith } = await renderPanel(ready(onLine(wang, '通话中')));
    await waitFor(async () => expect((await open(db, 'CC51'))[0]?.crmLive).toBeDefined());
    altChord('e');
    // Ending asks once while the wrap-up is not saved; Alt+E again confirms.
    await screen.findByText(/本通话尚未小结/);
    altChord('e');
    await waitFor(async () => expect(await open(db, 'CC51')).toHaveLength(0));
    await rerenderWith(ready(onLine(li, '空闲')));
    await rerenderWith(ready(onLine(wang, '通话中')));
    expect(await screen.findByText('未在通话')).toBeInTheDocument();
    expect(await db.calls.count()).toBe(1);
  });
});
