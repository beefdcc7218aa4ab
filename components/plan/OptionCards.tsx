import { useI18n } from '@/components/shell/i18n';
import type { PlanOption } from '@/lib/plan/options';
import type { Verdict } from '@/lib/plan/policy';
import { usePlanFormat } from './format';

export const OPTION_KEYS = ['a', 'b', 'c'] as const;

export function VerdictBadge({ verdict }: { verdict: Verdict }) {
  const { t } = useI18n();
  return (
    <span className={`plan-verdict plan-verdict--${verdict}`} data-verdict={verdict}>
      {t(`plan.verdict.${verdict}`)}
    </span>
  );
}

/** Up to three options as compact cards (stacked in the narrow panel); A–C choose one (pressed = chosen). */
export function OptionCards({
  options,
  chosen,
  onChoose,
  label,
}: {
  options: readonly PlanOption[];
  chosen: number;
  onChoose: (index: number) => void;
  label: string;
}) {
  const { l } = useI18n();
  return (
    <fieldset className="plan-options">
      <legend>{label}</legend>
      {options.map((option, index) => (
        <OptionCard
          key={`${option.type}:${option.periods}:${option.payment}`}
          option={option}
          letter={OPTION_KEYS[index] ?? ''}
          checked={index === chosen}
          onChoose={() => onChoose(index)}
          name={l(option.label)}
        />
      ))}
    </fieldset>
  );
}

function OptionCard({
  option,
  letter,
  checked,
  onChoose,
  name,
}: {
  option: PlanOption;
  letter: string;
  checked: boolean;
  onChoose: () => void;
  name: string;
}) {
  const { t, l } = useI18n();
  const f = usePlanFormat(option.result.currency);
  const outstanding = option.result.totals.outstanding;
  let saving: string;
  if (outstanding > 0) saving = t('plan.outstanding', { amount: f.money(outstanding) });
  else if (option.savingVsFull > 0) saving = t('plan.saving', { amount: f.money(option.savingVsFull) });
  else if (option.savingVsFull < 0) saving = t('plan.extra', { amount: f.money(-option.savingVsFull) });
  else saving = t('plan.sameAsFull');
  const rate = option.annualised;
  return (
    <button
      type="button"
      aria-pressed={checked}
      aria-keyshortcuts={letter}
      className={`plan-option plan-option--${option.verdict}`}
      data-testid="plan-option"
      onClick={onChoose}
    >
      <span className="plan-option__head">
        <kbd>{letter.toUpperCase()}</kbd>
        <span className="plan-option__name">{name}</span>
        <VerdictBadge verdict={option.verdict} />
      </span>
      <span className="plan-option__figures">
        <span>
          <span className="plan-label">{t('plan.payment')}</span>
          <span className="plan-num plan-option__payment">{f.money(option.payment)}</span>
        </span>
        <span>
          <span className="plan-label">{t('plan.periods')}</span>
          <span className="plan-num">{t('plan.periodsValue', { count: option.periods })}</span>
        </span>
        <span>
          <span className="plan-label">{t('plan.totalCost')}</span>
          <span className="plan-num">{f.money(option.totalCost)}</span>
        </span>
        {rate && option.totalCost > 0 ? (
          <span className="plan-option__rate">
            <span className="plan-label" title={l(rate.labels.nominal)}>
              {t('plan.nominal')}
            </span>
            <span className="plan-num">{f.rate(rate.nominal)}</span>
            <span className="plan-label" title={l(rate.labels.effective)}>
              {t('plan.effective')}
            </span>
            <span className="plan-num">{f.rate(rate.effective)}</span>
          </span>
        ) : (
          <span className="plan-option__rate plan-label">{t('plan.noRate')}</span>
        )}
        <span className="plan-option__saving">{saving}</span>
      </span>
    </button>
  );
}
