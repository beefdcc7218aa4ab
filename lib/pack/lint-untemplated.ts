/**
 * A placeholder in a text the panel never fills (red team 10): an objection's title, a trigger, a
 * segment or disposition name, a plan policy's label are shown as written, so `{{account.name}}`
 * there reaches the agent as jargon (live-call review 2026-11, item 11) instead of a value. Every
 * string of the pack but the templated ones (lint.ts `templatedTexts`) and the changelog (which may
 * name a placeholder on purpose) is checked, after the one folding (｛｛x｝｝ too), the guard's
 * "say instead" hints included: the guard shows them as written (the en-US default pack's hints
 * named {{agent.name}} and {{callback.number}} until round 10).
 */
import type { LocalizedText } from '../i18n/text';
import { placeholders } from '../script/template';
import { foldWithOffsets } from '../text/fold';
import { packError, quote } from './errors';
import { forEachString, type GateFinding } from './lint-gate';
import type { Pack } from './schema';

const MAX_FINDINGS = 20;

export function untemplatedPlaceholderFindings(
  pack: Pack,
  templated: Iterable<{ path: (string | number)[] }>,
): GateFinding[] {
  const filled = new Set([...templated].map(({ path }) => path.join('\u0000')));
  const findings: GateFinding[] = [];
  forEachString(pack, (text, path) => {
    if (path[0] === 'changelog' || filled.has(path.join('\u0000'))) return true;
    const folded = foldWithOffsets(text);
    const [placeholder] = placeholders(folded.text);
    if (placeholder) {
      // Quoted as written, not as folded (｛｛Name｝｝ stays so).
      const start = folded.starts[placeholder.start] ?? 0;
      const end = folded.ends[placeholder.start + placeholder.whole.length - 1] ?? text.length;
      const written = text.slice(start, end);
      findings.push({
        severity: 'error',
        ...packError(path, 'unfilledPlaceholder', untemplatedText(written)),
      });
    }
    return findings.length < MAX_FINDINGS;
  });
  return findings;
}

export const untemplatedText = (placeholder: string): LocalizedText => ({
  zh: `占位符 ${quote(placeholder)} 在这里不会被替换（只有话术、异议卡的说/做/不要说和检查项会填值），坐席会原样看到`,
  en: `Placeholder ${quote(placeholder)} is never filled here (only script texts, objection say/do/never lines and checklist items are); the agent would see it as is`,
});
