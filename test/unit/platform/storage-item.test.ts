import { fakeBrowser } from 'wxt/testing/fake-browser';
import { defineStorageItem } from '@/lib/platform/storage-item';
import { readSettings, SETTINGS_KEY, writeSettings } from '@/lib/settings';
import { unsavedSession } from '@/lib/unsaved/session';

beforeEach(() => fakeBrowser.reset());

/** Debts 11 item 3: settings and the half-done inputs are read and written through one kind of item. */
describe('a typed storage item', () => {
  const count = (stored: unknown) => (typeof stored === 'number' ? stored : 0);

  it('reads what its area holds under its key through parse, and writes there only', async () => {
    const item = defineStorageItem('session:calls.count', count);
    expect(await item.getValue()).toBe(0);
    await fakeBrowser.storage.session.set({ 'calls.count': 'three' });
    expect(await item.getValue()).toBe(0);
    await item.setValue(3);
    expect(await fakeBrowser.storage.session.get('calls.count')).toEqual({ 'calls.count': 3 });
    expect(await fakeBrowser.storage.local.get('calls.count')).toEqual({});
  });

  it('hears a write of its own key in its own area, parsed, until it stops watching', async () => {
    const item = defineStorageItem('local:count', count);
    const heard: number[] = [];
    const stop = item.watch((value) => heard.push(value));
    await fakeBrowser.storage.session.set({ count: 1 });
    await fakeBrowser.storage.local.set({ other: 2 });
    await fakeBrowser.storage.local.set({ count: 'x' });
    await fakeBrowser.storage.local.set({ count: 4 });
    stop();
    await fakeBrowser.storage.local.set({ count: 5 });
    expect(heard).toEqual([0, 4]);
  });

  it('keeps settings in storage.local and half-done inputs in storage.session, as before', async () => {
    await writeSettings({ agentName: '李雷' });
    expect((await fakeBrowser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY]).toMatchObject({
      agentName: '李雷',
    });
    expect((await readSettings()).agentName).toBe('李雷');
    const entry = { callId: 'call-1', at: Date.now(), value: { query: '没钱' } };
    const unsaved = unsavedSession();
    await Promise.all([unsaved.keep('a', entry), unsaved.keep('b', entry)]);
    expect((await fakeBrowser.storage.session.get('unsavedInputs')).unsavedInputs).toEqual({
      a: entry,
      b: entry,
    });
    expect(await unsaved.read()).toEqual({ a: entry, b: entry });
    expect(await fakeBrowser.storage.local.get('unsavedInputs')).toEqual({});
  });
});
