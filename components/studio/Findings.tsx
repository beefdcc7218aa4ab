import { useI18n } from '@/components/shell/i18n';
import type { StudioFinding } from '@/lib/studio/checks';
import type { SourceSpan } from '@/lib/studio/source-map';
import { lineColumn } from '@/lib/studio/source-map';

interface Props {
  text: string;
  findings: readonly StudioFinding[];
  onGoTo: (span: SourceSpan) => void;
}

/** Schema, reference and lint findings, each with a "go to" its place in the source (issue 17 item 3). */
export function Findings({ text, findings, onGoTo }: Props) {
  const { t, l } = useI18n();
  return (
    <section aria-labelledby="studio-checks">
      <h2 id="studio-checks">{t('studio.checks')}</h2>
      {findings.length === 0 ? (
        <p role="status">{t('studio.noFindings')}</p>
      ) : (
        <ul className="studio-findings">
          {findings.map((finding, index) => {
            const at = finding.span ? lineColumn(text, finding.span.offset) : undefined;
            const key = `${index}-${finding.code}-${finding.path}`;
            return (
              <li key={key} className={`studio-finding studio-${finding.severity}`}>
                <strong>{t(finding.severity === 'error' ? 'studio.error' : 'studio.warning')}</strong>{' '}
                {l(finding.message)} <code>{finding.path}</code>
                {at ? ` (${t('studio.at', at)})` : ''}
                {finding.span ? (
                  <button
                    type="button"
                    aria-label={`${t('studio.goTo')} ${finding.path}`}
                    onClick={() => finding.span && onGoTo(finding.span)}
                  >
                    {t('studio.goTo')}
                  </button>
                ) : null}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
