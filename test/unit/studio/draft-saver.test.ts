import type { WriteResult } from '../../../lib/db/errors';
import { createDraftSaver, type SaveStatus } from '../../../lib/studio/draft-saver';
import type { StudioDraft } from '../../../lib/studio/draft-store';

const draft = (text: string): StudioDraft => ({ text, baseText: '', origin: 'test', updatedAt: 1 });
const failure: WriteResult = { ok: false, message: { zh: '满了', en: 'full' } };

/** A write that resolves only when the test says so, recording what it was given. */
function slowWrites() {
  const written: string[] = [];
  const release: Array<(result: WriteResult) => void> = [];
  const write = (d: StudioDraft) =>
    new Promise<WriteResult>((resolve) => {
      written.push(d.text);
      release.push(resolve);
    });
  return { written, release, write };
}

describe('createDraftSaver (issue 17: nothing is lost on close)', () => {
  it('writes one at a time and only the newest waiting text, never an older one last', async () => {
    const { written, release, write } = slowWrites();
    const statuses: SaveStatus[] = [];
    const saver = createDraftSaver(write, (s) => statuses.push(s));
    saver.change(draft('a'));
    saver.change(draft('b'));
    saver.change(draft('c'));
    expect(written).toEqual(['a']);
    expect(saver.pending()).toBe(true);
    release[0]?.({ ok: true });
    await vi.waitFor(() => expect(written).toEqual(['a', 'c']));
    const flushed = saver.flush();
    release[1]?.({ ok: true });
    await flushed;
    expect(saver.pending()).toBe(false);
    expect(statuses.at(-1)).toEqual({ kind: 'saved' });
  });

  it('reports a failed write and stays pending until a later write lands', async () => {
    const results = [failure, { ok: true } as WriteResult];
    const statuses: SaveStatus[] = [];
    const saver = createDraftSaver(
      async () => results.shift() ?? { ok: true },
      (s) => statuses.push(s),
    );
    saver.change(draft('a'));
    await saver.flush();
    expect(statuses.at(-1)).toEqual({ kind: 'failed', message: failure.ok ? undefined : failure.message });
    expect(saver.pending()).toBe(true);
    saver.change(draft('b'));
    await saver.flush();
    expect(statuses.at(-1)).toEqual({ kind: 'saved' });
    expect(saver.pending()).toBe(false);
  });
});
