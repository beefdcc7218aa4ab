/**
 * Debts 14 item 3: every side panel (one per CRM tab) has its own session of half-done inputs, and
 * all of them read, change and write the one `storage.session` item. Without a common lock, the
 * second panel's read came before the first panel's write, and its write dropped the first's entry.
 * The write is now the item's `update` under a Web Lock named after the item (lib/platform/locks.ts).
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { storageLockName } from '@/lib/platform/locks';
import { readSettings, writeSettings } from '@/lib/settings';
import type { UnsavedEntry } from '@/lib/unsaved/inputs';
import { unsavedSession } from '@/lib/unsaved/session';

const entry = (query: string, callId: string): UnsavedEntry => ({ callId, at: Date.now(), value: { query } });

/** The order the storage area is read and written in, as `get`/`set` of the unsaved item's key. */
function storageCalls(area: 'session' | 'local', key: string): string[] {
  const calls: string[] = [];
  const { get, set } = fakeBrowser.storage[area];
  vi.spyOn(fakeBrowser.storage[area], 'get').mockImplementation((keys) => {
    if (keys === key) calls.push('get');
    return get(keys);
  });
  vi.spyOn(fakeBrowser.storage[area], 'set').mockImplementation((items) => {
    if (key in items) calls.push('set');
    return set(items);
  });
  return calls;
}

/** A lock manager as the browser's: one task at a time per name, in the order asked. */
function webLocks() {
  const names: string[] = [];
  const queues = new Map<string, Promise<unknown>>();
  const locks = {
    request: (name: string, task: () => Promise<unknown>) => {
      names.push(name);
      const run = (queues.get(name) ?? Promise.resolve()).then(task);
      queues.set(
        name,
        run.catch(() => undefined),
      );
      return run;
    },
  };
  vi.stubGlobal('navigator', { locks });
  return names;
}

describe('two panels writing their half-done inputs at once', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => {
    vi.restoreAllMocks();
    vi.unstubAllGlobals();
  });

  it.each([
    ['with Web Locks (the browser)', true],
    ['with the queue of one realm (no Web Locks)', false],
  ])('keeps both panels’ entries, each read-change-write whole, %s', async (_, withLocks) => {
    const lockNames = withLocks ? webLocks() : [];
    const calls = storageCalls('session', 'unsavedInputs');
    const first = unsavedSession();
    const second = unsavedSession();
    // Two CRM tabs, two panels: each agent's typing is written in the same turn.
    first.writer.keep('objections:CC1', entry('没钱', 'call-1'));
    second.writer.keep('plan:CC2', entry('2k', 'call-2'));
    await Promise.all([first.writer.flush(), second.writer.flush()]);
    const stored = await first.read();
    expect(Object.keys(stored).sort()).toEqual(['objections:CC1', 'plan:CC2']);
    // Never two reads before a write: the second panel reads what the first one wrote.
    expect(calls.slice(0, 4)).toEqual(['get', 'set', 'get', 'set']);
    if (withLocks) expect(lockNames).toEqual(Array(2).fill(storageLockName('session', 'unsavedInputs')));
  });

  it('keeps both of two settings changes made at once (the options page and a panel)', async () => {
    webLocks();
    await Promise.all([writeSettings({ agentName: '李娜' }), writeSettings({ fontScale: 1.2 })]);
    const settings = await readSettings();
    expect(settings.agentName).toBe('李娜');
    expect(settings.fontScale).toBe(1.2);
  });
});
