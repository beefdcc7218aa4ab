/**
 * Lint for the wrap-up hot keys a pack pins (`dispositions[].key`, live-call review 2026-11). When
 * two dispositions pin one letter, the first keeps it and the second silently takes a free letter
 * (components/notes/disposition-keys.ts): the moved muscle memory pinning exists to prevent. The
 * pack still works (every outcome stays in the list), so this is a warning, not an error.
 */
import type { LocalizedText } from '../i18n/text';
import { packError } from './errors';
import type { LintFinding } from './lint';
import type { Disposition } from './schema';

type Named = Pick<Disposition, 'id' | 'label' | 'key'>;

/** How a disposition is named to the quality lead: its label, then its code. */
const named = (d: Named): LocalizedText => ({
  zh: `「${d.label}」（${d.id}）`,
  en: `"${d.label}" (${d.id})`,
});

export const hotKeyLintText = {
  duplicatePinnedKey: (key: string, disposition: Named, first: Named): LocalizedText => ({
    zh: `通话结果${named(disposition).zh}固定的快捷键 ${key.toUpperCase()} 已被${named(first).zh}固定：按 ${key.toUpperCase()} 选中的是${named(first).zh}，本结果会悄悄改用空闲字母，打乱坐席的按键习惯；请另选一个字母或取消固定`,
    en: `Disposition ${named(disposition).en} pins hot key ${key.toUpperCase()}, already pinned by ${named(first).en}: ${key.toUpperCase()} chooses that one and this one silently takes a free letter, breaking agents' muscle memory; pick another letter or unpin it`,
  }),
};

/** One warning for each disposition pinning a letter an earlier one already pins, at its `key`. */
export function lintPinnedKeys(dispositions: readonly Named[]): LintFinding[] {
  const findings: LintFinding[] = [];
  const firstPinning = new Map<string, Named>();
  dispositions.forEach((d, i) => {
    if (d.key === undefined) return;
    const first = firstPinning.get(d.key);
    if (!first) {
      firstPinning.set(d.key, d);
      return;
    }
    findings.push({
      severity: 'warning',
      ...packError(
        ['dispositions', i, 'key'],
        'duplicatePinnedKey',
        hotKeyLintText.duplicatePinnedKey(d.key, d, first),
      ),
    });
  });
  return findings;
}
