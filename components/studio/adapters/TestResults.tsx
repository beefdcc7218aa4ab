import { useI18n } from '@/components/shell/i18n';
import type { Adapter, FieldParser } from '@/lib/pack/schema';
import { displayValue } from '@/lib/studio/adapters';
import type { adapterResults, FieldResult } from '@/lib/studio/picker-probe';
import { useFieldTitle } from './FieldRow';

/** One field's reading: its value, or why there is none (missing, unreadable, no account). */
export function FieldResultText({
  result,
  parse,
  currency,
}: {
  result: FieldResult;
  parse: FieldParser;
  currency: string;
}) {
  const { t } = useI18n();
  switch (result.state) {
    case 'value':
      return (
        <bdi>
          {displayValue(result.value, parse, currency, [t('studio.adapters.yes'), t('studio.adapters.no')])}
        </bdi>
      );
    case 'missing':
      return <strong>{t('studio.adapters.missing')}</strong>;
    case 'unparseable':
      return (
        <strong>{t('studio.adapters.unparseable', { parse: t(`studio.adapters.parse.${parse}`) })}</strong>
      );
    default:
      return <strong>{t('studio.adapters.noAccount', { reason: result.reason })}</strong>;
  }
}

/** "Test adapter": every field of the adapter as the real extractor read it on the tab. */
export function TestResults({
  adapter,
  results,
  currency,
}: {
  adapter: Adapter;
  results: ReturnType<typeof adapterResults>;
  currency: string;
}) {
  const { t } = useI18n();
  const fieldTitle = useFieldTitle();
  const count = (state: FieldResult['state']) => results.filter((r) => r.result.state === state).length;
  const parseOf = (name: string) =>
    (name === 'accountKey' ? adapter.accountKey : adapter.fields[name])?.parse ?? 'text';
  return (
    <div className="studio-test">
      <p role="status">
        {t('studio.adapters.summary', {
          values: count('value'),
          missing: count('missing'),
          unreadable: count('unparseable'),
        })}
      </p>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('studio.adapters.resultField')}</th>
            <th scope="col">{t('studio.adapters.resultShown')}</th>
            <th scope="col">{t('studio.adapters.resultValue')}</th>
          </tr>
        </thead>
        <tbody>
          {results.map(({ name, result }) => (
            <tr key={name}>
              <th scope="row">{fieldTitle(name)}</th>
              <td>
                <bdi>{'raw' in result ? result.raw : ''}</bdi>
              </td>
              <td>
                <FieldResultText result={result} parse={parseOf(name)} currency={currency} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
