import { useI18n } from '@/components/shell/i18n';
import type { PlanResult } from '@/lib/plan/request';
import { usePlanFormat } from './format';

/** Every dated payment of the chosen plan: down payment, deferred months, instalments, totals. */
export function ScheduleTable({ result }: { result: PlanResult }) {
  const { t } = useI18n();
  const f = usePlanFormat(result.currency);
  const { totals } = result;
  const caption = `${t('plan.schedule')} (${result.currency})`;
  return (
    // Focusable so a long (60-month) schedule scrolls from the keyboard.
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must take focus to scroll by keys
    <section className="plan-schedule" aria-label={caption} tabIndex={0}>
      <table>
        <caption>
          {caption}
          {result.financed !== result.balance && result.type !== 'minimum' && (
            <span className="muted"> · {t('plan.financed', { amount: f.money(result.financed) })}</span>
          )}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('plan.col.period')}</th>
            <th scope="col">{t('plan.col.date')}</th>
            <th scope="col">{t('plan.col.principal')}</th>
            <th scope="col">{t('plan.col.cost')}</th>
            <th scope="col">{t('plan.col.payment')}</th>
          </tr>
        </thead>
        <tbody>
          {result.downPayment > 0 && result.downPaymentDate && (
            <tr className="plan-schedule__down">
              <th scope="row">{t('plan.downRow')}</th>
              <td>{result.downPaymentDate}</td>
              <td>{f.amount(result.downPayment)}</td>
              <td>{f.amount(0)}</td>
              <td>{f.amount(result.downPayment)}</td>
            </tr>
          )}
          {result.schedule.map((row) => (
            <tr key={row.period} className={row.kind === 'deferred' ? 'plan-schedule__deferred' : undefined}>
              <th scope="row">{row.kind === 'deferred' ? t('plan.deferredRow') : row.period}</th>
              <td>{row.dueDate}</td>
              <td>{f.amount(row.principal)}</td>
              <td>
                {f.amount(row.fee + row.interest)}
                {row.accrued > 0 && <span className="muted"> (+{f.amount(row.accrued)})</span>}
              </td>
              <td>{f.amount(row.payment)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('plan.total')}</th>
            <td />
            <td>{f.amount(result.downPayment + totals.principal)}</td>
            <td>{f.amount(totals.cost)}</td>
            <td>{f.amount(totals.paid)}</td>
          </tr>
        </tfoot>
      </table>
    </section>
  );
}
