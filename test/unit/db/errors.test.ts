import { Dexie } from 'dexie';
import {
  attemptWrite,
  blockedMessage,
  closedMessage,
  quotaMessage,
  RefusedWrite,
  storageErrorMessage,
  unavailableMessage,
  versionMessage,
} from '../../../lib/db/errors';
import { saveNote } from '../../../lib/db/notes';
import { openDb } from '../../../lib/db/schema';

describe('storage errors as messages', () => {
  it('maps a quota error however Dexie wraps it', () => {
    const quota = new DOMException('full', 'QuotaExceededError');
    expect(storageErrorMessage(quota)).toBe(quotaMessage);
    expect(storageErrorMessage(new Dexie.AbortError('aborted', quota))).toBe(quotaMessage);
    expect(storageErrorMessage(new Dexie.QuotaExceededError('full'))).toBe(quotaMessage);
  });

  it('maps closed, version, missing-API and unknown errors', () => {
    expect(storageErrorMessage(new Dexie.DatabaseClosedError())).toBe(closedMessage);
    expect(storageErrorMessage(new Dexie.VersionError('too new'))).toBe(versionMessage);
    expect(storageErrorMessage(new Dexie.MissingAPIError('no indexedDB'))).toBe(unavailableMessage);
    const generic = storageErrorMessage(new TypeError('weird'));
    expect(generic.en).toMatch(/TypeError: weird/);
    expect(generic.zh).toMatch(/保存失败/);
  });

  it('every message has both languages', () => {
    for (const message of [quotaMessage, closedMessage, blockedMessage, versionMessage, unavailableMessage]) {
      expect(message.zh.length).toBeGreaterThan(5);
      expect(message.en.length).toBeGreaterThan(5);
    }
  });

  it('attemptWrite returns ok with the value, or the message, never throws', async () => {
    expect(await attemptWrite(async () => ({ n: 1 }))).toEqual({ ok: true, n: 1 });
    const refusal = { zh: '不行', en: 'no' };
    expect(await attemptWrite(async () => Promise.reject(new RefusedWrite(refusal)))).toEqual({
      ok: false,
      message: refusal,
    });
    expect(
      await attemptWrite(async () => Promise.reject(new DOMException('x', 'QuotaExceededError'))),
    ).toEqual({
      ok: false,
      message: quotaMessage,
    });
  });

  it('a database left by a newer version still opens and takes notes (Dexie 4 adapts, no lock-out)', async () => {
    const name = `newer-${crypto.randomUUID()}`;
    const future = new Dexie(name);
    future.version(9).stores({ calls: 'id, accountKey, startedAt, [accountKey+startedAt]' });
    await future.open();
    future.close();
    const db = await openDb(name);
    expect(db.tables.map((table) => table.name).sort()).toEqual([
      'calls',
      'drafts',
      'notes',
      'packs',
      'searchMisses',
      'studioDrafts',
    ]);
    expect((await saveNote(db, { accountKey: 'A', text: 'still works' })).ok).toBe(true);
    db.close();
  });
});
