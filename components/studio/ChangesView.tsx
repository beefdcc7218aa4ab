import { useI18n } from '@/components/shell/i18n';
import { describeChange, describeField, diffPacks, summarizeDiff } from '@/lib/pack/diff';
import type { Pack } from '@/lib/pack/schema';

/** What changed against the published version, in the words agents will see (issue 17 item 4). */
export function ChangesView({ base, draft }: { base: Pack | undefined; draft: Pack | undefined }) {
  const { t, l } = useI18n();
  const diff = base && draft ? diffPacks(base, draft) : undefined;
  return (
    <section aria-labelledby="studio-changes">
      <h2 id="studio-changes">{t('studio.changes')}</h2>
      {!base ? (
        <p>{t('studio.noBase')}</p>
      ) : !diff ? null : diff.changes.length === 0 ? (
        <p>{t('studio.noChanges')}</p>
      ) : (
        <>
          <p>{l(summarizeDiff(diff))}</p>
          <ul className="studio-changes">
            {diff.changes.map((change) => (
              <li key={`${change.area}-${change.kind}-${change.id}`}>
                {l(describeChange(change))}
                {change.fields.length > 0 ? (
                  <ul>
                    {change.fields.map((field) => (
                      <li key={field.field}>{describeField(field)}</li>
                    ))}
                  </ul>
                ) : null}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
