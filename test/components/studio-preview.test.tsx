// @vitest-environment jsdom
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { DBCore, DBCoreMutateRequest } from 'dexie';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { I18nProvider } from '@/components/shell/i18n';
import { PreviewPane } from '@/components/studio/preview/PreviewPane';
import type { AccountContext } from '@/lib/crm/context';
import { CallAssistDB } from '@/lib/db';
import zhPack from '@/lib/pack/defaults/zh-CN.json';
import { parsePack } from '@/lib/pack/parse';
import type { Pack } from '@/lib/pack/schema';

const parsed = parsePack(zhPack);
if (!parsed.ok) throw new Error('bundled pack invalid');
const published = parsed.pack;

/** The published pack with one line's words replaced, as the Studio's draft would parse. */
function draftWith(lineId: string, text: string): Pack {
  const draft = structuredClone(published);
  for (const script of draft.scripts)
    for (const stage of script.stages)
      for (const line of stage.lines) if (line.id === lineId) line.text = text;
  return draft;
}

/** A database that counts every write any table receives (Dexie's lowest layer). */
function countingDb() {
  const db = new CallAssistDB(`studio-preview-${crypto.randomUUID()}`);
  const writes: DBCoreMutateRequest[] = [];
  db.use({
    stack: 'dbcore',
    name: 'count-writes',
    create: (down: DBCore) => ({
      ...down,
      table: (name: string) => {
        const table = down.table(name);
        return {
          ...table,
          mutate: (request: DBCoreMutateRequest) => {
            writes.push(request);
            return table.mutate(request);
          },
        };
      },
    }),
  });
  return { db, writes };
}

function renderPreview(draft: Pack, capture?: () => Promise<AccountContext | null>) {
  const { db, writes } = countingDb();
  const ui = (d: Pack) => (
    <I18nProvider locale="en">
      <PreviewPane db={db} draft={d} base={published} {...(capture ? { capture } : {})} />
    </I18nProvider>
  );
  const { rerender } = render(ui(draft));
  return { db, writes, edit: (d: Pack) => rerender(ui(d)) };
}

const line = (id: string) => {
  const found = document.querySelector<HTMLElement>(`[data-line-id="${id}"]`);
  if (!found) throw new Error(`no line ${id}`);
  return found;
};

beforeEach(async () => {
  fakeBrowser.reset();
  // An installed extension already has its per-install phone secret (lib/privacy/phone-key.ts),
  // which the Guard's history read would otherwise create on first use.
  await fakeBrowser.storage.local.set({ settings: { locale: 'en' }, 'privacy.phoneSecret': 'ab'.repeat(32) });
});

describe('Studio preview', () => {
  it('shows the sample account’s script with the changed line marked and no other', async () => {
    // The adapter's sample is 75 days past due: the late segment's script.
    renderPreview(draftWith('l-identify-who', 'Is this {{name}} speaking? New words'));
    expect(await screen.findByTestId('segment-name')).toHaveTextContent(
      published.segments.find((s) => s.id === 'seg-late')?.name ?? '?',
    );
    const changed = line('l-identify-who');
    expect(changed).toHaveTextContent('Is this 张伟 speaking? New words');
    expect(within(changed).getByText('Changed')).toHaveClass('preview-changed');
    expect(within(changed).getByText(/changed since the opened version/)).toHaveClass('visually-hidden');
    expect(within(line('l-identify-greet')).queryByText('Changed')).toBeNull();
    expect(screen.getByRole('region', { name: /^Preview/ })).toHaveTextContent('张伟 (CC20240001)');
  });

  it('marks a variable without a value, visibly and in words', async () => {
    renderPreview(draftWith('l-identify-who', 'Is this {{name}}? Your {{nosuchField}} is due.'));
    await screen.findByTestId('segment-name');
    const missing = within(line('l-identify-who')).getByText('{{nosuchField}}');
    expect(missing).toHaveClass('var--missing');
    expect(within(line('l-identify-who')).getByRole('note')).toHaveTextContent(
      'Check before you say it: nosuchField missing',
    );
  });

  it('switches the script with the segment chooser', async () => {
    const user = userEvent.setup();
    renderPreview(published);
    await screen.findByTestId('segment-name');
    expect(document.querySelector('[data-line-id="l-identify-greet"]')).not.toBeNull();
    const early = published.segments.find((s) => s.id === 'seg-early');
    await user.selectOptions(screen.getByLabelText('Preview segment'), early?.name ?? '?');
    expect(await screen.findByTestId('segment-name')).toHaveTextContent(early?.name ?? '?');
    expect(document.querySelector('[data-line-id="e-identify-greet"]')).not.toBeNull();
    expect(document.querySelector('[data-line-id="l-identify-greet"]')).toBeNull();
  });

  it('follows the edit: a line of another segment’s script, then an objection’s card', async () => {
    const { edit } = renderPreview(published);
    await screen.findByTestId('segment-name');
    const hardship = published.segments.find((s) => s.id === 'seg-hardship')?.name ?? '?';
    edit(draftWith('h-identify-greet', 'Hello, new opening'));
    await waitFor(() => expect(screen.getByTestId('segment-name')).toHaveTextContent(hardship));
    expect(line('h-identify-greet')).toHaveTextContent('Hello, new opening');
    expect(screen.getByLabelText('Preview segment')).toHaveValue('seg-hardship');
    const retitled = draftWith('h-identify-greet', 'Hello, new opening');
    const objection = retitled.objections.find((o) => o.id === 'job-loss');
    if (!objection) throw new Error('no objection');
    objection.title = 'Lost the job';
    edit(retitled);
    expect(await screen.findByTestId('objection-card')).toHaveAttribute('data-objection-id', 'job-loss');
    expect(screen.getByRole('tab', { name: 'Preview: Objections' })).toHaveAttribute('aria-selected', 'true');
  });

  it('works like the panel in memory and writes nothing to the database, the settings or the background', async () => {
    const user = userEvent.setup();
    const setStorage = vi.spyOn(fakeBrowser.storage.local, 'set');
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage');
    const listen = vi.spyOn(document, 'addEventListener');
    const { writes } = renderPreview(published);
    await screen.findByTestId('segment-name');
    // Mark a line said: the preview's call shows it, as the panel's would.
    const greet = line('l-identify-greet');
    await user.click(within(greet).getByRole('button', { name: /^Mark said/ }));
    await waitFor(() => expect(line('l-identify-greet')).toHaveClass('line--said'));
    // Search for something no card answers, open a card, tick an item on the checklist.
    await user.click(screen.getByRole('tab', { name: 'Preview: Objections' }));
    const search = await screen.findByRole('combobox', { name: 'Search objections' });
    await user.type(search, 'zzqqxx');
    await user.clear(search);
    await user.type(search, '没钱');
    await user.keyboard('{Enter}');
    expect(await screen.findByTestId('objection-card')).toHaveAttribute('data-objection-id', 'no-money');
    await user.click(screen.getByRole('tab', { name: 'Preview: Guard' }));
    const boxes = await screen.findAllByRole('checkbox');
    const free = boxes.find((b) => !(b as HTMLInputElement).disabled && !(b as HTMLInputElement).checked);
    if (!free) throw new Error('no checklist item to tick');
    await user.click(free);
    await waitFor(() => expect(free).toBeChecked());
    await user.click(screen.getByRole('tab', { name: 'Preview: Plan' }));
    await screen.findByRole('tab', { name: 'Preview: Plan', selected: true });
    expect(writes).toEqual([]);
    expect(setStorage).not.toHaveBeenCalled();
    expect(send).not.toHaveBeenCalled();
    expect(listen.mock.calls.filter(([type]) => type === 'keydown')).toEqual([]);
  });

  it('takes the account of an open CRM tab when asked', async () => {
    const user = userEvent.setup();
    const crm: AccountContext = {
      adapterId: 'demo-crm',
      accountKey: 'CC20240099',
      fields: {
        name: { raw: '李娜', value: '李娜', parse: 'text', source: { selector: '#customer-name' } },
        dpd: { raw: '12', value: 12, parse: 'int', source: { label: '逾期天数' } },
      },
      problems: [],
      url: 'http://127.0.0.1/accounts/CC20240099',
      readAt: 1,
    };
    const capture = vi.fn(async () => crm);
    renderPreview(published, capture);
    await screen.findByTestId('segment-name');
    await user.click(screen.getByRole('button', { name: "Use the open CRM tab's account" }));
    const region = screen.getByRole('region', { name: /^Preview/ });
    await waitFor(() => expect(region).toHaveTextContent('李娜 (CC20240099)'));
    expect(region).toHaveTextContent('from the open CRM tab');
    // The script follows the account's segment a render later: wait for it, not for the header only.
    await waitFor(() => expect(document.querySelector('[data-line-id="e-identify-greet"]')).not.toBeNull());
    expect(capture).toHaveBeenCalledTimes(1);
  });
});
