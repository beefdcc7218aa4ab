/**
 * The panel's English strings are a chunk of their own (the first chunk's byte budget, README
 * "Sizes"). The test setup registers them for every component test (page-strings.ts), so each case
 * here takes a fresh copy of the module, as the side panel has it: zh-CN only until English is loaded.
 */
import type * as I18n from '@/lib/i18n';
import type { PageStrings } from '@/lib/i18n/catalogue';

async function freshI18n(): Promise<typeof I18n> {
  vi.resetModules();
  return import('@/lib/i18n');
}

describe('loading a language', () => {
  it('has zh-CN from the start and English only once loaded', async () => {
    const i18n = await freshI18n();
    expect(i18n.hasStrings('zh-CN')).toBe(true);
    expect(i18n.hasStrings('en')).toBe(false);
    // Why the panel waits: before its chunk arrives, an English lookup would show zh-CN.
    expect(i18n.translate('en', 'pack.loading')).toBe('正在加载话术包…');
    await i18n.loadStrings('en');
    expect(i18n.hasStrings('en')).toBe(true);
    expect(i18n.translate('en', 'pack.loading')).toBe('Loading the pack…');
    expect(i18n.translate('en', 'pack.label', { title: 'p', version: 2 })).toBe('Pack: p (version 2)');
    expect(i18n.translate('zh-CN', 'pack.loading')).toBe('正在加载话术包…');
  });

  it('loads a language once however many ask at the same time', async () => {
    const i18n = await freshI18n();
    const first = i18n.loadStrings('en');
    expect(i18n.loadStrings('en')).toBe(first);
    await first;
    await expect(i18n.loadStrings('zh-CN')).resolves.toBeUndefined();
  });

  it('keeps the fallback for a key English lacks: zh-CN, then the key itself', async () => {
    const i18n = await freshI18n();
    await i18n.loadStrings('en');
    const zhOnly = { 'options.title': '设置' } as unknown as PageStrings;
    i18n.addPageStrings(zhOnly, {});
    expect(i18n.translate('en', 'options.title')).toBe('设置');
    expect(i18n.translate('en', 'studio.title')).toBe('studio.title');
  });

  it('names a pack’s language in the UI languages', async () => {
    const i18n = await freshI18n();
    expect(i18n.localeOfPack('zh-CN')).toBe('zh-CN');
    expect(i18n.localeOfPack('zh-HK')).toBe('zh-CN');
    expect(i18n.localeOfPack('en-US')).toBe('en');
  });
});
