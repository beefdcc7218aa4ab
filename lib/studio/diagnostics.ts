/**
 * The findings of `checks.ts` as marks in the source (issue 17 items 1 and 3: "errors underlined
 * at their position"): one range per placed finding, the same range "go to" selects. Independent
 * of CodeMirror so the placing is tested on its own; the editor turns these into lint diagnostics.
 */
import type { LocalizedText } from '../i18n/text';
import type { LintSeverity } from '../pack/lint';
import type { StudioFinding } from './checks';
import { spanRange } from './source-map';

export interface FindingMark {
  from: number;
  to: number;
  severity: LintSeverity;
  message: LocalizedText;
  path: string;
}

export function findingMarks(text: string, findings: readonly StudioFinding[]): FindingMark[] {
  return findings.flatMap((finding) => {
    if (!finding.span) return [];
    const { from, to } = spanRange(text, finding.span);
    return [{ from, to, severity: finding.severity, message: finding.message, path: finding.path }];
  });
}
