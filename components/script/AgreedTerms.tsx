import { useI18n } from '@/components/shell/i18n';
import type { CallRecord } from '@/lib/db';
import { formatMoney } from '@/lib/plan/money';

/**
 * The commit stage's read-back with the agreed plan and promise filled in (issue 15 item 3), so the
 * agent never reads "××月××日 … ××元" aloud once the Plan tab has recorded the terms.
 */
export function AgreedTerms({
  call,
  currency,
  locale,
}: {
  call: CallRecord | null;
  currency: string;
  locale: string;
}) {
  const { t } = useI18n();
  if (!call?.plan && !call?.promise) return null;
  const parts = [
    call.plan?.summary,
    call.promise &&
      t('script.agreedPromise', {
        date: call.promise.date,
        amount: formatMoney(call.promise.amount, currency, locale),
      }),
  ].filter(Boolean);
  return (
    <p className="agreed-terms" data-testid="agreed-terms">
      <strong>{t('script.agreed')}</strong> {parts.join(locale.startsWith('zh') ? '；' : '; ')}
    </p>
  );
}
