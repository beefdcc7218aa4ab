/**
 * Dispositions in the Studio (issue 17 item 1): lint's own pinned-hot-key warning
 * (lib/pack/lint-hot-keys.ts), run on the draft's dispositions as they are, so the form warns while
 * the rest of the draft is still half-typed.
 */
import type { LocalizedText } from '../i18n/text';
import { lintPinnedKeys } from '../pack/lint-hot-keys';
import { asList, asText, child } from './edit';

/** Lint's finding (its path, unique, and message) for each disposition pinning a letter an earlier one pins. */
export function pinnedKeyWarnings(draft: unknown): { path: string; message: LocalizedText }[] {
  const dispositions = asList(child(draft, 'dispositions')).map((d, i) => ({
    id: asText(child(d, 'id')) || `#${i + 1}`,
    label: asText(child(d, 'label')) || `#${i + 1}`,
    key: asText(child(d, 'key')) || undefined,
  }));
  return lintPinnedKeys(dispositions).map(({ path, message }) => ({ path, message }));
}
