import type { AccountContext } from '@/lib/crm/context';
import { bucketOf } from '@/lib/crm/context';
import { CRM_FIELDS, isCrmField } from '@/lib/crm/fields';
import type { Pack } from '@/lib/pack/schema';
import { formatMoney } from '@/lib/plan/money';
import { FieldView } from './FieldView';
import { useI18n } from './i18n';

/** The account the panel is about, always in view: who, which account, how much, how late. */
export function AccountHeader({ context, pack }: { context: AccountContext; pack: Pack | null }) {
  const { t, l, locale } = useI18n();
  const dpd = context.fields.dpd?.value;
  const adapter = pack?.crm.adapters.find((a) => a.id === context.adapterId);
  const keySpec = adapter?.accountKey;
  const keySource = keySpec?.label ? { label: keySpec.label } : { selector: keySpec?.selector ?? '?' };
  // Name a problem by the CRM's own label, which is what the agent sees on the page; a field read
  // by a selector has none, so by what the field is (坐席工号, not agentId: the 繁體 demo CRM's 工號).
  const problemNames = context.problems.map(
    (p) => adapter?.fields[p.field]?.label ?? (isCrmField(p.field) ? l(CRM_FIELDS[p.field].label) : p.field),
  );
  return (
    <section className="account" aria-label={t('field.name')} data-account-key={context.accountKey}>
      <div className="account__row">
        <FieldView context={context} field="name" label={t('field.name')} className="account__name" />
        <FieldView
          context={context}
          field="accountKey"
          label={t('field.accountKey')}
          reading={{ raw: context.accountKey, value: context.accountKey, parse: 'text', source: keySource }}
        />
      </div>
      <div className="account__row account__numbers">
        <FieldView
          context={context}
          field="overdueAmount"
          label={t('field.overdueAmount')}
          // Before the pack is loaded, the amount as the CRM prints it.
          format={(r) =>
            typeof r.value === 'number' && pack ? formatMoney(r.value, pack.currency, locale) : r.raw
          }
        />
        <FieldView context={context} field="dpd" label={t('field.dpd')} />
        <span className="field" data-field="bucket">
          <span className="field__label">{t('field.bucket')}</span>
          <span className="field__value">{typeof dpd === 'number' ? bucketOf(dpd) : t('field.missing')}</span>
        </span>
      </div>
      {problemNames.length > 0 && (
        <p className="account__problems" role="status">
          {t('field.problems', {
            count: problemNames.length,
            fields: problemNames.join(locale === 'en' ? ', ' : '、'),
          })}
        </p>
      )}
    </section>
  );
}
