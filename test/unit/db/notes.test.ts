import { startCall } from '../../../lib/db/calls';
import { quotaMessage } from '../../../lib/db/errors';
import { clearDraft, loadDraft, notesForAccount, saveDraft, saveNote } from '../../../lib/db/notes';
import { openDb } from '../../../lib/db/schema';
import { closeAll, freshDb, start } from './helpers';

afterEach(() => {
  vi.restoreAllMocks();
  closeAll();
});

const quotaError = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

describe('drafts', () => {
  it('autosaves and restores the draft after the database is closed and reopened', async () => {
    const name = `drafts-${crypto.randomUUID()}`;
    const panel = await openDb(name);
    expect(await saveDraft(panel, 'CC20240001', '客户说下周', 1_000)).toEqual({ ok: true, masked: [] });
    expect(await saveDraft(panel, 'CC20240001', '客户说下周五发工资', 2_000)).toMatchObject({ ok: true });
    // The panel closes (or the browser crashes): a new connection finds the last autosave.
    panel.close();
    const reopened = await openDb(name);
    expect(await loadDraft(reopened, 'CC20240001')).toEqual({
      accountKey: 'CC20240001',
      text: '客户说下周五发工资',
      updatedAt: 2_000,
    });
    expect(await loadDraft(reopened, 'CC20240002')).toBeUndefined();
    reopened.close();
  });

  it('masks a draft before storing it, like a note', async () => {
    const db = await freshDb();
    const result = await saveDraft(db, 'CC20240001', '卡号 6225881234521234');
    expect(result).toEqual({ ok: true, masked: [{ kind: 'card', count: 1 }] });
    expect((await loadDraft(db, 'CC20240001'))?.text).toBe('卡号 622588******1234');
  });

  it('deletes the draft when the text is emptied or cleared', async () => {
    const db = await freshDb();
    await saveDraft(db, 'CC20240001', 'abc');
    await saveDraft(db, 'CC20240001', '   ');
    expect(await loadDraft(db, 'CC20240001')).toBeUndefined();
    await saveDraft(db, 'CC20240001', 'abc');
    expect(await clearDraft(db, 'CC20240001')).toEqual({ ok: true });
    expect(await loadDraft(db, 'CC20240001')).toBeUndefined();
  });

  it('a quota error on autosave returns the message and keeps the previous draft', async () => {
    const db = await freshDb();
    await saveDraft(db, 'CC20240001', '第一句', 1_000);
    vi.spyOn(db.drafts, 'put').mockRejectedValue(quotaError());
    const result = await saveDraft(db, 'CC20240001', '第一句，第二句', 2_000);
    expect(result).toEqual({ ok: false, message: quotaMessage });
    expect((await loadDraft(db, 'CC20240001'))?.text).toBe('第一句');
  });
});

describe('notes', () => {
  it('saves a masked note linked to the call in progress and clears the draft', async () => {
    const db = await freshDb();
    const call = await startCall(db, { ...start, startedAt: 1_000 });
    if (!call.ok) throw new Error('start');
    await saveDraft(db, 'CC20240001', '草稿');
    const result = await saveNote(
      db,
      { accountKey: 'CC20240001', text: '  客户手机 13800138000，卡 6225881234521234  ' },
      5_000,
    );
    expect(result).toMatchObject({
      ok: true,
      masked: [
        { kind: 'card', count: 1 },
        { kind: 'phone', count: 1 },
      ],
    });
    const [note] = await notesForAccount(db, 'CC20240001');
    expect(note).toMatchObject({
      callId: call.call.id,
      text: '客户手机 *******8000，卡 622588******1234',
      createdAt: 5_000,
      updatedAt: 5_000,
    });
    expect(await loadDraft(db, 'CC20240001')).toBeUndefined();
  });

  it('saves a note without a call when none is in progress, or to the call given', async () => {
    const db = await freshDb();
    const loose = await saveNote(db, { accountKey: 'CC20240001', text: '来电前备注' }, 1_000);
    expect(loose.ok && loose.note.callId).toBeUndefined();
    const linked = await saveNote(db, { accountKey: 'CC20240001', callId: 'c-42', text: '补充' }, 2_000);
    expect(linked.ok && linked.note.callId).toBe('c-42');
    expect((await notesForAccount(db, 'CC20240001')).map((note) => note.text)).toEqual([
      '补充',
      '来电前备注',
    ]);
  });

  it('refuses an empty note and keeps the draft', async () => {
    const db = await freshDb();
    await saveDraft(db, 'CC20240001', '   x');
    const result = await saveNote(db, { accountKey: 'CC20240001', text: ' \n ' });
    expect(result).toEqual({
      ok: false,
      message: expect.objectContaining({ en: expect.stringMatching(/empty/) }),
    });
    expect(await db.notes.count()).toBe(0);
    expect(await loadDraft(db, 'CC20240001')).toBeDefined();
  });

  it('a quota error on save keeps the draft, writes no note and returns the message', async () => {
    const db = await freshDb();
    await saveDraft(db, 'CC20240001', '客户承诺周五还款');
    vi.spyOn(db.notes, 'add').mockRejectedValue(quotaError());
    const result = await saveNote(db, { accountKey: 'CC20240001', text: '客户承诺周五还款' });
    expect(result).toEqual({ ok: false, message: quotaMessage });
    expect(await db.notes.count()).toBe(0);
    expect((await loadDraft(db, 'CC20240001'))?.text).toBe('客户承诺周五还款');
  });

  it('a failure after the note was added rolls the note back (one transaction)', async () => {
    const db = await freshDb();
    await saveDraft(db, 'CC20240001', '草稿');
    vi.spyOn(db.drafts, 'delete').mockRejectedValue(new Error('disk went away'));
    const result = await saveNote(db, { accountKey: 'CC20240001', text: '草稿' });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message.en).toMatch(/disk went away/);
    expect(await db.notes.count()).toBe(0);
    expect((await loadDraft(db, 'CC20240001'))?.text).toBe('草稿');
  });
});
