// @vitest-environment jsdom
/**
 * Walk 10 (a quality lead's day in the Studio, keyboard first): nothing the lead typed is lost by
 * a later action, and the keyboard path stays where the lead is.
 */
import './codemirror-jsdom';
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { StudioApp } from '@/components/studio/StudioApp';
import { CallAssistDB } from '@/lib/db';
import zhPack from '@/lib/pack/defaults/zh-CN.json';
import { loadDraft } from '@/lib/studio/draft-store';

beforeEach(() => fakeBrowser.reset());

let dbCount = 0;
/** The Studio in English over a database holding the default pack as the active one. */
async function studioOnActivePack() {
  const user = userEvent.setup();
  await fakeBrowser.storage.local.set({ settings: { locale: 'en', packId: zhPack.id } });
  const db = new CallAssistDB(`studio-keep-${++dbCount}`);
  await db.packs.put({
    id: zhPack.id,
    version: zhPack.version,
    envelope: JSON.stringify({ payload: JSON.stringify(zhPack), signatures: [] }),
    source: 'bundled',
    activatedAt: 1,
  });
  render(<StudioApp db={db} />);
  const openActive = await screen.findByRole('button', { name: 'Open the active pack' });
  await user.click(openActive);
  expect(await screen.findByText('No errors or warnings')).toBeInTheDocument();
  return { user, db, openActive };
}

const savedText = async (db: CallAssistDB) => {
  const saved = await loadDraft(db);
  return saved.ok ? (saved.draft?.text ?? '') : '';
};

describe('opening a pack over a draft with changes', () => {
  it('asks first; keeping (Enter on the focused choice, or Esc) keeps the edits, replacing opens the pack', async () => {
    const { user, db, openActive } = await studioOnActivePack();
    await user.click(screen.getByRole('tab', { name: 'Objections' }));
    const title = screen.getByLabelText('Title');
    await user.tripleClick(title);
    await user.paste('An afternoon of work');

    await user.click(openActive);
    // Opening reads the database first: the question comes just after the click.
    const ask = await screen.findByRole('alertdialog');
    expect(ask).toHaveTextContent(/changes that are not published/);
    await waitFor(() => expect(screen.getByRole('button', { name: 'Keep the draft' })).toHaveFocus());
    await user.keyboard('{Enter}');
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(openActive).toHaveFocus();
    expect(screen.getByLabelText('Title')).toHaveValue('An afternoon of work');

    await user.keyboard('{Enter}');
    await waitFor(() => expect(screen.getByRole('button', { name: 'Keep the draft' })).toHaveFocus());
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(screen.getByLabelText('Title')).toHaveValue('An afternoon of work');
    await waitFor(async () => expect(await savedText(db)).toContain('An afternoon of work'));

    await user.click(openActive);
    await user.click(await screen.findByRole('button', { name: 'Replace the draft' }));
    expect(screen.getByLabelText('Title')).toHaveValue(zhPack.objections[0]?.title);
    await waitFor(async () => expect(await savedText(db)).not.toContain('An afternoon of work'));
  });

  it('opens at once over a draft whose changes were all undone', async () => {
    const { user, openActive } = await studioOnActivePack();
    await user.click(screen.getByRole('tab', { name: 'Objections' }));
    await user.tripleClick(screen.getByLabelText('Title'));
    await user.paste('Undone');
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    const redo = screen.getByRole('button', { name: 'Redo' });
    expect(redo).toHaveAttribute('aria-disabled', 'false');
    await user.click(openActive);
    // Opened without a question: a new history, so nothing is left to redo.
    await waitFor(() => expect(redo).toHaveAttribute('aria-disabled', 'true'));
    expect(screen.queryByRole('alertdialog')).toBeNull();
  });
});

describe('a broken pack someone else wrote', () => {
  const packJson = `${JSON.stringify(zhPack, null, 2)}\n`;
  async function pasteDraft(user: ReturnType<typeof userEvent.setup>, text: string) {
    await user.click(screen.getByText('Paste JSON', { selector: 'summary' }));
    await user.click(screen.getByRole('textbox', { name: 'Paste JSON' }));
    await user.paste(text);
    // The draft has no changes yet: it is replaced without a question.
    await user.click(screen.getByRole('button', { name: 'Open the pasted text' }));
  }

  it('half-valid JSON: the forms say where the syntax error is and go there, and never write into it', async () => {
    const { user } = await studioOnActivePack();
    await user.click(screen.getByRole('tab', { name: 'Objections' }));
    await pasteDraft(user, packJson.slice(0, Math.floor(packJson.length / 2)));
    const said = await screen.findByText(/syntax error at line \d+, column \d+/);
    expect(said).toHaveAttribute('role', 'alert');
    // No form over a half-read text (the old Studio showed the cards parsed so far, cut short).
    expect(screen.queryByLabelText('Title')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Go to it in the JSON source' }));
    expect(screen.getByRole('tab', { name: 'JSON' })).toHaveAttribute('aria-selected', 'true');
  });

  it('a part of the wrong type: the form says why the change was not written', async () => {
    const { user } = await studioOnActivePack();
    await user.click(screen.getByRole('tab', { name: 'Objections' }));
    await pasteDraft(user, JSON.stringify({ ...zhPack, objections: { first: 'not a list' } }, null, 2));
    await user.click(screen.getByLabelText('New objection title'));
    await user.paste('Already paid');
    await user.keyboard('{Enter}');
    expect(await screen.findByText(/objections in the draft is not a list/)).toHaveAttribute('role', 'alert');
    await user.click(screen.getByRole('button', { name: 'Go to it in the JSON source' }));
    expect(screen.getByRole('tab', { name: 'JSON' })).toHaveAttribute('aria-selected', 'true');
  });
});

describe('undo and redo from the keyboard in the forms', () => {
  it('Ctrl+Z undoes a ticked box and a typed title from where the focus is; Ctrl+Y and Ctrl+Shift+Z redo', async () => {
    const { user } = await studioOnActivePack();
    await user.click(screen.getByRole('tab', { name: 'Objections' }));
    const first = zhPack.objections[0]?.title;
    await user.tripleClick(screen.getByLabelText('Title'));
    await user.paste('Typed title');
    const crisis = screen.getByRole('checkbox', { name: /crisis/i });
    const wasCrisis = (crisis as HTMLInputElement).checked;
    await user.click(crisis);
    expect(crisis).toHaveFocus();
    await user.keyboard('{Control>}z{/Control}');
    expect(screen.getByRole('checkbox', { name: /crisis/i })).toHaveProperty('checked', wasCrisis);
    await user.keyboard('{Control>}z{/Control}');
    expect(screen.getByLabelText('Title')).toHaveValue(first);
    await user.keyboard('{Control>}y{/Control}');
    expect(screen.getByLabelText('Title')).toHaveValue('Typed title');
    await user.keyboard('{Control>}{Shift>}z{/Shift}{/Control}');
    expect(screen.getByRole('checkbox', { name: /crisis/i })).toHaveProperty('checked', !wasCrisis);
  });

  it('leaves the pasted text its own undo (outside the forms)', async () => {
    const { user } = await studioOnActivePack();
    await user.click(screen.getByRole('tab', { name: 'Objections' }));
    await user.tripleClick(screen.getByLabelText('Title'));
    await user.paste('Typed title');
    await user.click(screen.getByText('Paste JSON', { selector: 'summary' }));
    await user.click(screen.getByRole('textbox', { name: 'Paste JSON' }));
    await user.keyboard('{Control>}z{/Control}');
    expect(screen.getByLabelText('Title')).toHaveValue('Typed title');
  });
});

describe('where the lead is', () => {
  it('the card being written stays open across a tab switch and a reload, and so does the tab', async () => {
    const { user, db } = await studioOnActivePack();
    await user.click(screen.getByRole('tab', { name: 'Objections' }));
    await user.selectOptions(screen.getByLabelText('Objection'), '2');
    const third = zhPack.objections[2]?.title;
    expect(screen.getByLabelText('Title')).toHaveValue(third);
    await user.click(screen.getByRole('tab', { name: 'Checklist' }));
    await user.click(screen.getByRole('tab', { name: 'Objections' }));
    expect(screen.getByLabelText('Title')).toHaveValue(third);

    // A reload: the page is made again over the same database and browser tab.
    cleanup();
    render(<StudioApp db={db} />);
    expect(await screen.findByRole('tab', { name: 'Objections' })).toHaveAttribute('aria-selected', 'true');
    expect(await screen.findByLabelText('Title')).toHaveValue(third);
  });
});

describe('names with invisible characters', () => {
  it('cards and list items are named without the pack’s invisible and bidi characters', async () => {
    const { user } = await studioOnActivePack();
    const tricky = '\u202e\u200b测试\u200d标题\u2066';
    const pack = {
      ...zhPack,
      objections: zhPack.objections.map((o, i) => (i === 0 ? { ...o, title: tricky } : o)),
      checklist: zhPack.checklist.map((c, i) => (i === 0 ? { ...c, text: tricky } : c)),
    };
    await user.click(screen.getByText('Paste JSON', { selector: 'summary' }));
    await user.click(screen.getByRole('textbox', { name: 'Paste JSON' }));
    await user.paste(JSON.stringify(pack, null, 2));
    await user.click(screen.getByRole('button', { name: 'Open the pasted text' }));
    await user.click(screen.getByRole('tab', { name: 'Objections' }));
    expect(await screen.findByRole('button', { name: 'Remove “测试标题”' })).toBeInTheDocument();
    expect(screen.getByRole('option', { name: '测试标题' })).toBeInTheDocument();
    await user.click(screen.getByRole('tab', { name: 'Checklist' }));
    expect(screen.getByRole('button', { name: 'Edit “测试标题”' })).toBeInTheDocument();
  });
});
