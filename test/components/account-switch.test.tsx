// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import type { FieldReading } from '@/lib/crm/context';
import { account, altChord, duringCallHours, ready, renderPanel } from './render-panel';

const flagged = (key: string, name: string, flags: string[]) => {
  const context = account(key, name, 500000, 20);
  const reading: FieldReading = {
    raw: flags.join(','),
    value: flags,
    parse: 'list',
    source: { selector: '#flags' },
  };
  context.fields.flags = reading;
  return context;
};

duringCallHours();

describe('the CRM switches accounts mid-call (live-call walk 9)', () => {
  it("never shows the previous customer's running call under the next customer", async () => {
    const { db, rerenderWith } = await renderPanel(ready(account('CC41', '王芳', 321000, 12)));
    await screen.findByRole('button', { name: /开始通话/ });
    altChord('s');
    await screen.findByText(/通话中/);

    // The first render of the next account, before its call has been read.
    const switching = rerenderWith(ready(account('CC42', '李强', 876543, 45)));
    const header = screen.getByRole('region', { name: '客户' });
    expect(within(header).getByText('李强')).toBeInTheDocument();
    expect(screen.queryByText(/通话中/)).toBeNull();
    // Alt+E at that moment must not end 王芳's call.
    altChord('e');
    await switching;

    expect(await screen.findByText('未在通话')).toBeInTheDocument();
    const calls = await db.calls.toArray();
    expect(calls.map((c) => [c.accountKey, c.endedAt === undefined])).toEqual([['CC41', true]]);
  });

  it("drops the previous customer's block question: the next customer is asked about their own rules", async () => {
    const { db, rerenderWith } = await renderPanel(ready(flagged('CC43', '周杰', ['attorney'])));
    await screen.findByRole('button', { name: /开始通话/ });
    altChord('s');
    const asked = await screen.findByRole('textbox', { name: /继续的原因/ });
    expect(asked.closest('form') ?? document.body).toHaveTextContent(/律师/);

    await rerenderWith(ready(flagged('CC44', '李强', [])));
    expect(within(screen.getByRole('region', { name: '客户' })).getByText('李强')).toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: /继续的原因/ })).toBeNull();
    expect(screen.queryByText(/律师/)).toBeNull();
    expect(await db.calls.count()).toBe(0);
  });
});
