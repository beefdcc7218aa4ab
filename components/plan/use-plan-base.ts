/**
 * The calculator's inputs as typed over the CRM's values, the segment and policy they fall under,
 * and the request every plan on screen starts from (null while a value the plan needs is missing).
 * Apart from PlanSection so that the section renders and dispatches, and this reads.
 */
import { useMemo } from 'react';
import type { SectionProps } from '@/components/shell/section';
import { localDate } from '@/lib/db';
import { crmMoney, planBasis } from '@/lib/plan/basis';
import { corrected, crmHardship } from '@/lib/plan/corrections';
import { selectSegment } from '@/lib/script/select';
import type { PlanState } from './kept-plan';
import type { BaseRequest } from './ManualPlan';
import { readPlanInputs } from './typed-problem';

export function usePlanBase(
  pack: SectionProps['pack'],
  context: SectionProps['context'],
  call: SectionProps['call'],
  edits: PlanState['edits'],
  hardshipEdit: PlanState['hardshipEdit'],
) {
  const currency = pack.currency;
  const basis = planBasis(context);
  const principal = crmMoney(context, 'principal');
  const dpdValue = context?.fields.dpd?.value;
  // lib/plan never reads the clock: the day of the call is the pack's calendar day, passed in.
  const today = localDate(Date.now(), pack.timezone);
  const read = readPlanInputs(
    edits,
    {
      balance: basis?.amount,
      minimumDue: crmMoney(context, 'minimumDue'),
      dpd: typeof dpdValue === 'number' ? dpdValue : undefined,
    },
    currency,
    today,
    pack.locale,
  );
  const { dpd, firstDueDate } = read;
  const hardship = hardshipEdit ?? crmHardship(context);

  const overrideId = call?.segmentOverride?.to;
  const segmentContext = useMemo(() => corrected(context, dpd, hardship), [context, dpd, hardship]);
  const selection = useMemo(
    () => selectSegment(pack, segmentContext, overrideId),
    [pack, segmentContext, overrideId],
  );
  const policy = selection?.policy;

  const balanceValue = read.balance.value;
  const minimumValue = read.minimum.value;
  const base = useMemo(
    (): BaseRequest | null =>
      policy && balanceValue !== undefined && balanceValue >= 1
        ? {
            balance: balanceValue,
            today,
            policy,
            currency,
            locale: pack.locale,
            hardship,
            ...(firstDueDate ? { firstDueDate } : {}),
            ...(minimumValue !== undefined ? { minimumDue: minimumValue } : {}),
            // The CRM's principal holds only for the CRM's balance (an edited balance may be below it).
            ...(principal !== undefined && principal <= balanceValue ? { principal } : {}),
          }
        : null,
    [policy, balanceValue, today, currency, pack.locale, hardship, firstDueDate, minimumValue, principal],
  );
  return { inputs: { ...read, basis, hardship, today }, selection, policy, base };
}
