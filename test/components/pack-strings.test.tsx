// @vitest-environment jsdom
/**
 * A segment's reason is worked out once, in the pack's language (lib/script/select.ts): an English
 * pack in a zh-CN panel needs the English strings, a chunk of their own, before the panel gets the
 * pack. The test setup registers English for every other test, so these take a fresh copy of the
 * modules, as the side panel has them: zh-CN only until English is loaded.
 */
import { renderHook, waitFor } from '@testing-library/react';
import type { ActivePack } from '@/lib/pack/store';
import { account, defaultPack } from './render-panel';

async function fresh() {
  vi.resetModules();
  const i18n = await import('@/lib/i18n');
  const { usePackWithStrings } = await import('@/components/shell/pack-strings');
  const { selectSegment } = await import('@/lib/script/select');
  expect(i18n.hasStrings('en')).toBe(false);
  return { i18n, usePackWithStrings, selectSegment };
}

const packIn = (locale: string): ActivePack => {
  const active = defaultPack();
  if (!active.ok) throw new Error('the default pack does not parse');
  return { ...active, pack: { ...active.pack, locale } };
};

/** Every value the hook returned, render by render. */
function track(
  hook: (read: ActivePack | undefined) => ActivePack | undefined,
  first: ActivePack | undefined,
) {
  const returned: (ActivePack | undefined)[] = [];
  const view = renderHook(
    ({ read }: { read: ActivePack | undefined }) => {
      const shown = hook(read);
      returned.push(shown);
      return shown;
    },
    { initialProps: { read: first } },
  );
  return { view, returned };
}

describe('the pack, given to the panel once its language can be shown', () => {
  it('waits for English with an English pack in a zh-CN panel, whose reason then names fields in English', async () => {
    const { i18n, usePackWithStrings, selectSegment } = await fresh();
    const english = packIn('en-US');
    const { view, returned } = track(usePackWithStrings, english);
    expect(returned[0]).toBeUndefined();
    await waitFor(() => expect(view.result.current).toBe(english));
    expect(i18n.hasStrings('en')).toBe(true);
    // A field read by selector has no label: the reason names it as the header does, in English.
    const context = account('CC1', 'Li Na', 100, 75);
    const pack = view.result.current?.ok ? view.result.current.pack : undefined;
    for (const adapter of pack?.crm.adapters ?? []) if (adapter.fields.dpd) delete adapter.fields.dpd.label;
    const reason = pack ? selectSegment(pack, context)?.reason : undefined;
    expect(reason).toContain('Days past due 75');
    expect(reason).not.toMatch(/逾期天数/);
  });

  it('gives a zh-CN pack at once, without loading English', async () => {
    const { i18n, usePackWithStrings } = await fresh();
    const chinese = packIn('zh-CN');
    const { returned } = track(usePackWithStrings, chinese);
    expect(returned[0]).toBe(chinese);
    expect(i18n.hasStrings('en')).toBe(false);
  });

  it('keeps the pack shown until a new one in another language can be shown', async () => {
    const { usePackWithStrings } = await fresh();
    const chinese = packIn('zh-CN');
    const english = packIn('en-US');
    const { view, returned } = track(usePackWithStrings, chinese);
    view.rerender({ read: english });
    await waitFor(() => expect(view.result.current).toBe(english));
    expect(returned.slice(0, returned.indexOf(english))).toEqual(
      Array(returned.indexOf(english)).fill(chinese),
    );
  });
});
