/**
 * Checks as the lead types (issue 17 item 3): the very parser and lint every sync and import runs
 * (lib/pack/parse.ts, lib/pack/lint.ts), each finding placed in the draft's text for "go to".
 * Publishing is blocked while an error remains; warnings need the lead's acknowledgement.
 */
import type { LocalizedText } from '../i18n/text';
import { type LintSeverity, lintPack } from '../pack/lint';
import { parsePack } from '../pack/parse';
import type { Pack } from '../pack/schema';
import { type SourceSpan, spansIn, syntaxErrorOffset } from './source-map';

export interface StudioFinding {
  severity: LintSeverity;
  path: string;
  code: string;
  message: LocalizedText;
  span?: SourceSpan;
}

export interface DraftCheck {
  /** The pack when the draft parses (it may still have lint errors). */
  pack?: Pack;
  findings: StudioFinding[];
}

export function checkDraft(text: string): DraftCheck {
  const parsed = parsePack(text);
  // One tree of the text for every finding's place, built only when there is a finding.
  const spanOfPath = spansIn(text);
  if (!parsed.ok) {
    const syntaxAt = syntaxErrorOffset(text);
    return {
      findings: parsed.errors.map((error) => ({
        severity: 'error' as const,
        ...error,
        span:
          syntaxAt !== undefined && error.path === '(root)'
            ? { offset: syntaxAt, length: 1, exact: true }
            : spanOfPath(error.path),
      })),
    };
  }
  const findings = lintPack(parsed.pack).map((finding) => ({
    ...finding,
    span: spanOfPath(finding.path),
  }));
  // Errors first: they are what blocks publishing.
  findings.sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
  return { pack: parsed.pack, findings };
}

export type PublishBlock = 'invalid' | 'errors' | 'unacknowledgedWarnings' | undefined;

/** Why the draft cannot be signed yet, or undefined when it can. */
export function publishBlock(check: DraftCheck, warningsAcknowledged: boolean): PublishBlock {
  if (!check.pack) return 'invalid';
  if (check.findings.some((f) => f.severity === 'error')) return 'errors';
  if (!warningsAcknowledged && check.findings.some((f) => f.severity === 'warning'))
    return 'unacknowledgedWarnings';
  return undefined;
}
