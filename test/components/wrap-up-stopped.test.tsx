// @vitest-environment jsdom
/**
 * stop12: a call stopped by a collection stop (an attorney on the CRM, a crisis raised on the call)
 * saves no promise to pay; the wrap-up says why in the pack's words, never the flag's code, and the
 * other outcomes and the note still save.
 */
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { AccountContext } from '@/lib/crm/context';
import { callFor, freshDb, noteBox, setup } from './notes-host';
import { account } from './render-panel';

const withFlags = (...flags: string[]): AccountContext => {
  const base = account('CC20240002', '王芳', 321000, 12);
  return {
    ...base,
    fields: {
      ...base.fields,
      flags: { raw: flags.join(','), value: flags, parse: 'list', source: { selector: '#flags' } },
    },
  };
};

describe('the wrap-up of a stopped call', () => {
  it('refuses a promise to pay, naming the flag by its label, and saves another outcome with the note', async () => {
    const db = freshDb();
    const call = await callFor(db, 'CC20240002');
    await setup({ db, call, context: withFlags('attorney') });
    const stopped = screen.getByTestId('wrap-up-stopped');
    expect(stopped).toHaveTextContent('已委托律师');
    expect(stopped).not.toHaveTextContent('attorney');

    await userEvent.selectOptions(screen.getByLabelText('结果代码'), 'PTP');
    await userEvent.type(screen.getByLabelText('金额（CNY）'), '800');
    await userEvent.click(screen.getByRole('button', { name: '保存通话结果' }));
    const choice = screen.getByLabelText('结果代码');
    expect(choice).toHaveAttribute('aria-invalid', 'true');
    expect(choice).toHaveAccessibleDescription(/已停止催收（已委托律师）/);
    expect((await db.calls.get(call.id))?.disposition).toBeUndefined();

    await userEvent.type(noteBox(), '客户称已委托律师');
    await userEvent.selectOptions(choice, 'HRD');
    await userEvent.click(screen.getByRole('button', { name: '保存通话结果' }));
    await waitFor(async () => expect((await db.calls.get(call.id))?.disposition?.id).toBe('HRD'), {
      timeout: 5_000,
    });
    expect((await db.calls.get(call.id))?.promise).toBeUndefined();
    expect((await db.notes.toArray()).map((n) => n.text)).toEqual(['客户称已委托律师']);
  });

  it('a crisis raised on the call stops it too; a call with no stop keeps the promise open', async () => {
    const db = freshDb();
    const crisis = await callFor(db, 'CC20240002', (c) => {
      c.flags.push({ flag: 'crisis', reason: '客户提到轻生', at: Date.now() });
    });
    const { unmount } = await setup({ db, call: crisis, context: withFlags() });
    expect(screen.getByTestId('wrap-up-stopped')).toHaveTextContent('危机干预');
    unmount();
    const other = freshDb();
    await setup({ db: other, call: await callFor(other, 'CC20240002'), context: withFlags('complaint') });
    expect(screen.queryByTestId('wrap-up-stopped')).toBeNull();
  });
});
