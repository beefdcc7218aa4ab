import { forwardRef, useId } from 'react';
import { useI18n } from '@/components/shell/i18n';

/** The instalment terms an agent offers most, so a read-back is a few keys away. */
export const PERIOD_PRESETS = [3, 6, 12, 24] as const;

interface Props {
  /** The preset on screen, or null when the plan is not one of them. */
  value: number | null;
  onPick: (periods: number) => void;
}

/**
 * 3/6/12/24 periods as one native radio group (issue 15 item 3): `4` lands here, ← → pick, and
 * the read-back key (R) copies the result.
 */
export const PeriodPresets = forwardRef<HTMLFieldSetElement, Props>(function PeriodPresets(
  { value, onPick },
  ref,
) {
  const { t } = useI18n();
  const name = useId();
  return (
    <fieldset ref={ref} className="plan-presets">
      <legend>{t('plan.presets')}</legend>
      {PERIOD_PRESETS.map((periods) => (
        <label key={periods}>
          <input
            type="radio"
            name={name}
            value={periods}
            checked={value === periods}
            onChange={() => onPick(periods)}
          />
          {t('plan.periodsValue', { count: periods })}
        </label>
      ))}
    </fieldset>
  );
});
