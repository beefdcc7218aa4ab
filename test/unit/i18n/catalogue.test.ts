import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { localized, translate } from '@/lib/i18n';
import { zh } from '@/lib/i18n/catalogue';
import { en } from '@/lib/i18n/catalogue-en';
import { pageStrings } from '@/lib/i18n/page-strings';

const dir = resolve(import.meta.dirname, '../../../locales');

describe('UI strings', () => {
  it('has every zh-CN key in en and no extra ones', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
    expect(Object.keys(pageStrings.en).sort()).toEqual(Object.keys(pageStrings.zh).sort());
  });

  it('keeps the options page and Studio strings out of the panel catalogue', () => {
    expect(Object.keys(zh).some((key) => key.startsWith('options.') || key.startsWith('studio.'))).toBe(
      false,
    );
    expect(translate('zh-CN', 'studio.title')).not.toBe('studio.title');
  });

  it('has the same files in both languages, and no key in two files', () => {
    expect(readdirSync(resolve(dir, 'en')).sort()).toEqual(readdirSync(resolve(dir, 'zh-CN')).sort());
    const owner = new Map<string, string>();
    for (const file of readdirSync(resolve(dir, 'zh-CN'))) {
      for (const key of Object.keys(JSON.parse(readFileSync(resolve(dir, 'zh-CN', file), 'utf8')))) {
        expect(owner.get(key), `${key} in ${file}`).toBeUndefined();
        owner.set(key, file);
      }
    }
  });

  it('uses the same {placeholders} in both languages', () => {
    const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(zh) as (keyof typeof zh)[]) {
      expect(names(en[key] ?? ''), key).toEqual(names(zh[key]));
    }
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(translate('zh-CN', 'pack.label', { title: '默认话术包', version: 3 })).toBe(
      '话术包：默认话术包（第 3 版）',
    );
    expect(translate('en', 'pack.label', { title: 'p' })).toBe('Pack: p (version {version})');
  });

  it('picks the language of a lib message', () => {
    expect(localized({ zh: '好', en: 'good' }, 'en')).toBe('good');
    expect(localized({ zh: '好', en: 'good' }, 'zh-CN')).toBe('好');
  });
});
