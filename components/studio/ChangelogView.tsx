import { useI18n } from '@/components/shell/i18n';
import { asList, asText, child } from '@/lib/studio/edit';
import type { EditorProps } from './editors';
import { CHANGELOG_ENTRY_ID } from './SignPanel';

/**
 * The changelog (issue 17 item 1): the published versions' entries, read-only, newest first. The
 * next version's entry is written once, where it is signed (SignPanel, issue 17 item 4); this tab
 * links there instead of offering a second place to write it.
 */
export function ChangelogView({ value }: EditorProps) {
  const { t } = useI18n();
  const entries = asList(child(value, 'changelog'))
    .map((entry) => ({
      version: child(entry, 'version'),
      date: asText(child(entry, 'date')),
      summary: asText(child(entry, 'summary')),
    }))
    .sort((a, b) =>
      typeof a.version === 'number' && typeof b.version === 'number' ? b.version - a.version : 0,
    );
  return (
    <section aria-labelledby="studio-changelog" className="studio-form">
      <h2 id="studio-changelog">{t('studio.scripts.changelog')}</h2>
      <p>{t('studio.scripts.entryWhere')}</p>
      <button
        type="button"
        onClick={() => {
          const entry = document.getElementById(CHANGELOG_ENTRY_ID);
          entry?.scrollIntoView?.({ block: 'center' });
          entry?.focus();
        }}
      >
        {t('studio.scripts.writeEntry')}
      </button>
      <h3>{t('studio.scripts.changelogList')}</h3>
      {entries.length === 0 ? (
        <p>{t('studio.scripts.noChangelog')}</p>
      ) : (
        <dl className="studio-changelog">
          {entries.map((entry, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: a half-typed draft may repeat a version
            <div key={i}>
              <dt>
                {t('studio.scripts.version', { version: String(entry.version ?? '?') })} · {entry.date}
              </dt>
              <dd>{entry.summary}</dd>
            </div>
          ))}
        </dl>
      )}
    </section>
  );
}
