// @vitest-environment jsdom
import './codemirror-jsdom';
import { forEachDiagnostic } from '@codemirror/lint';
import type { EditorState } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import '@/lib/i18n/page-strings';
import { I18nProvider } from '@/components/shell/i18n';
import { SourceView } from '@/components/studio/SourceView';
import { StudioApp } from '@/components/studio/StudioApp';
import { CallAssistDB } from '@/lib/db';
import zhPack from '@/lib/pack/defaults/zh-CN.json';
import { parsePack } from '@/lib/pack/parse';
import { checkDraft, type StudioFinding } from '@/lib/studio/checks';
import { setAt } from '@/lib/studio/edit';
import type { SourceSpan } from '@/lib/studio/source-map';
import { written } from '../helpers/written';

const packText = `${JSON.stringify(zhPack, null, 2)}\n`;
/** The bundled pack with a misspelt variable in the first line: one lint error. */
const brokenText = written(
  setAt(packText, ['scripts', 0, 'stages', 0, 'lines', 0, 'text'], '你好，{{nmae}}'),
);

function diagnostics(state: EditorState) {
  const found: Array<{ from: number; to: number; severity: string; message: string }> = [];
  forEachDiagnostic(state, (d, from, to) =>
    found.push({ severity: d.severity, message: d.message, from, to }),
  );
  return found;
}

interface HostProps {
  text?: string;
  findings?: StudioFinding[];
  goTo?: SourceSpan | null;
}

function renderSource({ text = packText, findings = [], goTo = null }: HostProps = {}) {
  const calls = { type: [] as string[], undo: 0, redo: 0, shown: 0, ended: 0 };
  const props = {
    onShown: () => calls.shown++,
    onType: (typed: string) => calls.type.push(typed),
    onEndTyping: () => calls.ended++,
    onUndo: () => calls.undo++,
    onRedo: () => calls.redo++,
  };
  const view = (p: HostProps) => (
    <I18nProvider locale="en">
      <SourceView
        text={p.text ?? text}
        findings={p.findings ?? findings}
        goTo={p.goTo === undefined ? goTo : p.goTo}
        {...props}
      />
    </I18nProvider>
  );
  const result = render(view({}));
  return { calls, rerender: (p: HostProps) => result.rerender(view(p)) };
}

async function editorOf(): Promise<{ content: HTMLElement; view: EditorView }> {
  const content = await screen.findByLabelText('Source');
  const view = EditorView.findFromDOM(content);
  if (!view) throw new Error('no editor view');
  return { content, view };
}

beforeEach(() => fakeBrowser.reset());

describe('SourceView (CodeMirror 6)', () => {
  it('underlines each finding at its position with its localized message and severity', async () => {
    const check = checkDraft(brokenText);
    expect(check.findings.length).toBeGreaterThan(0);
    renderSource({ text: brokenText, findings: check.findings });
    const { view } = await editorOf();
    await waitFor(() => expect(diagnostics(view.state)).toHaveLength(check.findings.length));
    const [first] = diagnostics(view.state);
    expect(first?.severity).toBe('error');
    expect(view.state.sliceDoc(first?.from, first?.to)).toBe('"text": "你好，{{nmae}}"');
    expect(first?.message).toBe(check.findings[0]?.message.en);
  });

  it('selects and focuses a go-to, then reports it shown', async () => {
    const check = checkDraft(brokenText);
    const span = check.findings[0]?.span;
    if (!span) throw new Error('finding without a place');
    const { calls } = renderSource({ text: brokenText, findings: check.findings, goTo: span });
    const { content, view } = await editorOf();
    await waitFor(() => expect(calls.shown).toBe(1));
    const { from, to } = view.state.selection.main;
    expect(view.state.sliceDoc(from, to)).toBe('"text": "你好，{{nmae}}"');
    expect(document.activeElement).toBe(content);
  });

  it('reports typing as the new text, but not a text the draft brings (undo, a form)', async () => {
    const { calls, rerender } = renderSource();
    const { view } = await editorOf();
    view.dispatch({ changes: { from: 0, insert: ' ' }, userEvent: 'input.type' });
    expect(calls.type).toEqual([` ${packText}`]);
    const caret = 100;
    view.dispatch({ selection: { anchor: caret } });
    rerender({ text: packText.replace('"format"', '"formats"') });
    await waitFor(() => expect(view.state.doc.toString()).toBe(packText.replace('"format"', '"formats"')));
    expect(calls.type).toHaveLength(1);
    // Only the difference was replaced: the caret stays where the lead was.
    expect(view.state.selection.main.head).toBe(caret);
  });

  it('sends undo and redo keys to the draft history, not to a history of its own', async () => {
    const { calls } = renderSource();
    const { content, view } = await editorOf();
    view.dispatch({ changes: { from: 0, insert: 'x' }, userEvent: 'input.type' });
    content.focus();
    // The keys as a browser reports them (Shift makes the key a capital).
    expect(fireEvent.keyDown(content, { key: 'z', keyCode: 90, ctrlKey: true })).toBe(false);
    fireEvent.keyDown(content, { key: 'y', keyCode: 89, ctrlKey: true });
    fireEvent.keyDown(content, { key: 'Z', keyCode: 90, ctrlKey: true, shiftKey: true });
    expect(calls.undo).toBe(1);
    expect(calls.redo).toBe(2);
    // The editor did not undo by itself: the draft decides (its text prop is unchanged here).
    expect(view.state.doc.toString()).toBe(`x${packText}`);
  });

  it('indents with Tab, but Escape then Tab leaves the editor (no keyboard trap)', async () => {
    renderSource();
    const { content } = await editorOf();
    content.focus();
    // fireEvent returns false when the editor took the key (preventDefault).
    expect(fireEvent.keyDown(content, { key: 'Tab', keyCode: 9 })).toBe(false);
    fireEvent.keyDown(content, { key: 'Escape', keyCode: 27 });
    expect(fireEvent.keyDown(content, { key: 'Tab', keyCode: 9 })).toBe(true);
    expect(content).toHaveAttribute('aria-describedby');
    const keys = document.getElementById(content.getAttribute('aria-describedby') ?? '');
    expect(keys).toHaveTextContent('press Esc, then Tab to leave the editor');
  });
});

let dbCount = 0;
describe('StudioApp autosave', () => {
  it('says clearly when the draft could not be saved, and keeps the text', async () => {
    const user = userEvent.setup();
    await fakeBrowser.storage.local.set({ settings: { locale: 'en', packId: 'default-zh-CN' } });
    const parsed = parsePack(packText);
    if (!parsed.ok) throw new Error('bundled pack invalid');
    const db = new CallAssistDB(`studio-source-${++dbCount}`);
    await db.packs.put({
      id: parsed.pack.id,
      version: parsed.pack.version,
      envelope: JSON.stringify({ payload: JSON.stringify(zhPack), signatures: [] }),
      source: 'bundled',
      activatedAt: 1,
    });
    render(<StudioApp db={db} />);
    await user.click(await screen.findByRole('button', { name: 'Open the active pack' }));
    await screen.findByText('No errors or warnings');
    db.close();
    await user.click(screen.getByRole('tab', { name: 'Script lines' }));
    await user.type(screen.getByLabelText('Text'), '!');
    expect(await screen.findByText(/The draft was not saved; it is still in the editor/)).toHaveRole('alert');
    expect((screen.getByLabelText('Text') as HTMLTextAreaElement).value).toMatch(/!$/);
  });
});
