/**
 * Perf 12: the half-done inputs were read, masked and written on every keystroke. They are kept in
 * memory and written behind the typing, one write at a time, with no clock (a 500 ms clock lost the
 * last words typed before a reload). Writes are held open by hand here: no test waits on time.
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { StorageItem } from '@/lib/platform/storage-item';
import type { UnsavedEntry, UnsavedStore } from '@/lib/unsaved/inputs';
import { unsavedSession } from '@/lib/unsaved/session';
import { createUnsavedWriter } from '@/lib/unsaved/writer';

const entry = (query: string, callId = 'call-1'): UnsavedEntry => ({ callId, at: 0, value: { query } });

/** A writer whose writes finish only when `finish` is called. */
function recording() {
  const writes: Map<string, UnsavedEntry>[] = [];
  const open: (() => void)[] = [];
  const writer = createUnsavedWriter((entries) => {
    writes.push(new Map(entries));
    return new Promise<void>((resolve) => open.push(resolve));
  });
  const finish = async () => {
    for (const resolve of open.splice(0)) resolve();
    await Promise.resolve();
    await Promise.resolve();
  };
  return { writes, writer, finish };
}

const settle = () => new Promise<void>((resolve) => queueMicrotask(resolve));

describe('the half-done inputs written behind the typing (perf 12)', () => {
  it('starts a write with no clock, so a page going away right after typing has it under way', async () => {
    const { writes, writer } = recording();
    writer.keep('objections:CC1', entry('下个月再还'));
    await settle();
    expect(writes).toHaveLength(1);
    expect(writes[0]?.get('objections:CC1')?.value).toEqual({ query: '下个月再还' });
  });

  it('writes keystrokes handled in one task once, and those made during a write together after it', async () => {
    const { writes, writer, finish } = recording();
    const typed = '我下个月发工资就一次性还清了我下个月发工资';
    for (let i = 1; i <= 10; i++) writer.keep('objections:CC1', entry(typed.slice(0, i)));
    await settle();
    expect(writes).toHaveLength(1);
    for (let i = 11; i <= 20; i++) {
      writer.keep('objections:CC1', entry(typed.slice(0, i)));
      await settle();
    }
    expect(writes).toHaveLength(1);
    await finish();
    await finish();
    expect(writes).toHaveLength(2);
    expect(writes[1]?.get('objections:CC1')?.value).toEqual({ query: typed.slice(0, 20) });
    await finish();
    expect(writes).toHaveLength(2);
  });

  it('writes at once on flush, every area in one write, and nothing when nothing waits', async () => {
    const { writes, writer, finish } = recording();
    writer.keep('plan:CC1', entry('2k'));
    writer.keep('objections:CC1', entry('没钱'));
    const flushed = writer.flush();
    expect(writes).toHaveLength(1);
    expect([...(writes[0]?.keys() ?? [])]).toEqual(['plan:CC1', 'objections:CC1']);
    await finish();
    await flushed;
    await writer.flush();
    await settle();
    expect(writes).toHaveLength(1);
  });
});

describe('the panel writer in storage.session', () => {
  beforeEach(() => fakeBrowser.reset());

  it('stores the text masked, read back at once', async () => {
    const set = vi.spyOn(fakeBrowser.storage.session, 'set');
    const session = unsavedSession();
    session.writer.keep('objections:CC1', entry('卡号6225880000000006被盗刷'));
    const store = await session.read();
    expect(store['objections:CC1']?.value).toEqual({ query: '卡号************0006被盗刷' });
    expect(JSON.stringify(set.mock.calls)).not.toContain('6225880000000006');
    set.mockRestore();
  });

  it('is one per panel: a panel reads and flushes only its own, and no write of another waits in it', async () => {
    // An item whose writes stay open until the test lets them go: one panel's write under way.
    let stored: UnsavedStore = {};
    const open: (() => void)[] = [];
    const setValue = (value: UnsavedStore) =>
      new Promise<void>((resolve) =>
        open.push(() => {
          stored = value;
          resolve();
        }),
      );
    const item: StorageItem<UnsavedStore> = {
      key: 'unsavedInputs',
      getValue: async () => stored,
      setValue,
      update: async (change) => {
        const next = change(stored);
        await setValue(next);
        return next;
      },
      watch: () => () => undefined,
    };
    const first = unsavedSession(item);
    const second = unsavedSession(item);
    first.writer.keep('objections:CC1', entry('没钱'));
    for (let turn = 0; turn < 10 && open.length === 0; turn++) await settle();
    expect(open).toHaveLength(1);
    // The second panel's read is not queued behind the first panel's write, nor does it flush it.
    expect(await second.read()).toEqual({});
    for (const resolve of open.splice(0)) resolve();
    expect((await first.read())['objections:CC1']?.value).toEqual({ query: '没钱' });
  });
});
