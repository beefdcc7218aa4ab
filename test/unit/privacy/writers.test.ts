/**
 * Issue 16 §4-5: every writer of agent text stores what the one masking table says, nothing else.
 * The same table (test/fixtures/privacy/mask-cases.ts) runs through each writer.
 */
import { startCall, updateCall } from '../../../lib/db/calls';
import { importJson } from '../../../lib/db/export';
import { loadDraft, saveDraft, saveNote } from '../../../lib/db/notes';
import { saveWrapUp } from '../../../lib/db/wrapup';
import { MASK_CASES } from '../../fixtures/privacy/mask-cases';
import { callRow, closeAll, DISPOSITIONS, freshDb, NOW, start, TZ } from '../db/helpers';

afterEach(closeAll);

const cases = MASK_CASES.filter((c) => c.typed.trim() === c.typed);

describe('every writer masks with the one table', () => {
  it('notes: stored text and the counts by kind', async () => {
    const db = await freshDb();
    for (const c of cases) {
      const result = await saveNote(db, { accountKey: 'CC20240001', text: c.typed });
      if (!result.ok) throw new Error(result.message.en);
      expect(result.note.text, c.name).toBe(c.stored);
      expect(Object.fromEntries(result.masked.map((m) => [m.kind, m.count])), c.name).toEqual(c.masked);
      expect((await db.notes.get(result.note.id))?.text, c.name).toBe(c.stored);
    }
  });

  it('drafts (autosave)', async () => {
    const db = await freshDb();
    for (const c of cases) {
      const result = await saveDraft(db, 'CC20240001', c.typed);
      expect(result.ok).toBe(true);
      expect((await loadDraft(db, 'CC20240001'))?.text, c.name).toBe(c.stored);
    }
  });

  it('override reasons, flag reasons and the disposition reason on the call', async () => {
    const db = await freshDb();
    for (const c of cases) {
      const started = await startCall(db, { ...start, startedAt: NOW - 60_000 });
      if (!started.ok) throw new Error(started.message.en);
      const updated = await updateCall(db, started.call.id, (call) => {
        call.overrides.push({ kind: 'rule', ruleId: 'r', reason: c.typed, at: NOW });
        call.flags.push({ flag: 'hardship', reason: c.typed, at: NOW });
        return call;
      });
      if (!updated.ok) throw new Error(updated.message.en);
      const wrapped = await saveWrapUp(
        db,
        { callId: started.call.id, disposition: { id: 'RTP', reason: c.typed } },
        DISPOSITIONS,
        { now: NOW, timeZone: TZ },
      );
      if (!wrapped.ok) throw new Error(wrapped.message.en);
      const stored = await db.calls.get(started.call.id);
      expect(stored?.overrides[0]?.reason, c.name).toBe(c.stored);
      expect(stored?.flags[0]?.reason, c.name).toBe(c.stored);
      expect(stored?.disposition?.reason, c.name).toBe(c.stored);
    }
  });

  it('imported files: call reasons, whole phones and note text', async () => {
    const db = await freshDb();
    const calls = cases.map((c, i) => ({
      ...callRow({ id: `imp-${i}`, startedAt: NOW }),
      phone: '+86 138 0013 8000',
      flags: [{ flag: 'hardship', reason: c.typed, at: NOW }],
    }));
    const notes = cases.map((c, i) => ({
      id: `note-${i}`,
      accountKey: 'CC20240001',
      text: c.typed,
      masked: [],
      createdAt: NOW,
      updatedAt: NOW,
    }));
    const file = {
      format: 'call-assist/export@1',
      exportedAt: NOW,
      range: { from: 0, to: NOW },
      calls,
      notes,
    };
    const result = await importJson(db, JSON.stringify(file));
    if (!result.ok) throw new Error(result.message.en);
    for (const [i, c] of cases.entries()) {
      const call = await db.calls.get(`imp-${i}`);
      expect(call?.phone).toBe('+** *** **** 8000');
      expect(call?.flags[0]?.reason, c.name).toBe(c.stored);
      expect((await db.notes.get(`note-${i}`))?.text, c.name).toBe(c.stored);
    }
  });
});
