import { type Ref, useId } from 'react';
import { useI18n } from '@/components/shell/i18n';
import type { PlanResult } from '@/lib/plan/request';
import { usePlanFormat } from './format';
import { VerdictBadge } from './OptionCards';
import { ScheduleTable } from './ScheduleTable';

/** The chosen plan: verdict and broken limits, annualised rates, schedule, read-back, CRM line, agreed. */
export function PlanDetail({
  result,
  name,
  confirming,
  onCopyReadBack,
  onCopySummary,
  onAgree,
  onConfirm,
  onCancel,
  confirmRef,
}: {
  result: PlanResult;
  name: string;
  confirming: boolean;
  onCopyReadBack: () => void;
  onCopySummary: () => void;
  onAgree: () => void;
  onConfirm: () => void;
  onCancel: () => void;
  confirmRef: Ref<HTMLButtonElement>;
}) {
  const { t, l } = useI18n();
  const id = useId();
  const f = usePlanFormat(result.currency);
  const verdict = result.verdict ?? 'ok';
  const readBackLang = result.readBack.language === 'zh' ? 'zh-CN' : 'en';
  return (
    <section className="plan-detail" aria-labelledby={`${id}-title`} data-testid="plan-detail">
      <h2 id={`${id}-title`} className="plan-title">
        {t('plan.chosen', { name })} <VerdictBadge verdict={verdict} />
      </h2>
      {result.violations.length > 0 && (
        <ul className="plan-violations" aria-label={t('plan.violations')}>
          {result.violations.map((v) => (
            <li
              key={`${v.limit}:${v.actual}`}
              className={`plan-violation plan-violation--${v.level}`}
              data-limit={v.limit}
            >
              <VerdictBadge verdict={v.level} /> {l(v.message)}
            </li>
          ))}
        </ul>
      )}
      {result.notes.length > 0 && (
        <ul className="plan-notes">
          {result.notes.map((note) => (
            <li key={note.en}>{l(note)}</li>
          ))}
        </ul>
      )}
      {result.annualised && result.totals.cost > 0 && (
        <p className="plan-rates" data-testid="plan-rates">
          <span>
            {l(result.annualised.labels.nominal)}{' '}
            <strong className="plan-num">{f.rate(result.annualised.nominal)}</strong>
          </span>
          <span>
            {l(result.annualised.labels.effective)}{' '}
            <strong className="plan-num">{f.rate(result.annualised.effective)}</strong>
          </span>
        </p>
      )}
      <ScheduleTable result={result} />
      <section className="plan-copy" aria-labelledby={`${id}-readback`}>
        <div className="plan-copy__head">
          <h3 id={`${id}-readback`}>{t('plan.readBack')}</h3>
          <button type="button" onClick={onCopyReadBack} aria-keyshortcuts="r">
            {t('plan.copyReadBack')} <kbd>R</kbd>
          </button>
        </div>
        <p className="plan-readback" lang={readBackLang} data-testid="plan-readback">
          {result.readBack.text}
        </p>
      </section>
      <section className="plan-copy" aria-labelledby={`${id}-summary`}>
        <div className="plan-copy__head">
          <h3 id={`${id}-summary`}>{t('plan.summary')}</h3>
          <button type="button" onClick={onCopySummary} aria-keyshortcuts="l">
            {t('plan.copySummary')} <kbd>L</kbd>
          </button>
        </div>
        <p className="plan-summary" lang={readBackLang} data-testid="plan-summary">
          {result.readBack.summary}
        </p>
      </section>
      <div className="plan-agree">
        {verdict === 'refused' && <p className="plan-refused">{t('plan.agreeRefused')}</p>}
        {confirming ? (
          <fieldset className="plan-approval">
            <legend>{t('plan.approvalQuestion')}</legend>
            <button type="button" className="primary" onClick={onConfirm}>
              {t('plan.approvalConfirm')}
            </button>{' '}
            {/* The focus lands on "cancel": Enter must never record a supervisor's approval by
                default (review 2026-11-live-call #14). */}
            <button type="button" ref={confirmRef} onClick={onCancel}>
              {t('plan.approvalCancel')} <kbd>Esc</kbd>
            </button>
          </fieldset>
        ) : (
          <button
            type="button"
            className="primary"
            onClick={onAgree}
            disabled={verdict === 'refused'}
            aria-keyshortcuts="g"
          >
            {t('plan.agree')} <kbd>G</kbd>
          </button>
        )}
      </div>
    </section>
  );
}
