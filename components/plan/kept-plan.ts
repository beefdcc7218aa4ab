/**
 * The calculator as the agent left it (what they typed over the CRM's values, the monthly amount,
 * the option picked, a plan built by hand), kept for a reloaded panel (live-call walk 10).
 */
import { z } from 'zod';
import { PLAN_TYPES } from '@/lib/pack/schema';
import type { ManualFields } from './ManualPlan';

export type TextField = 'balance' | 'minimumDue' | 'dpd' | 'firstDue';

export interface PlanState {
  /** What the agent typed over the CRM's values; a field absent here follows the CRM. */
  edits: Partial<Record<TextField, string>>;
  hardshipEdit: boolean | null;
  mode: 'suggest' | 'manual';
  monthlyText: string;
  chosen: number;
  manual: ManualFields | null;
}

export const NO_PLAN: PlanState = {
  edits: {},
  hardshipEdit: null,
  mode: 'suggest',
  monthlyText: '',
  chosen: 0,
  manual: null,
};

const text = z.string().max(200);
export const planStateSchema: z.ZodType<PlanState> = z.object({
  edits: z.partialRecord(z.enum(['balance', 'minimumDue', 'dpd', 'firstDue']), text),
  hardshipEdit: z.boolean().nullable(),
  mode: z.enum(['suggest', 'manual']),
  monthlyText: text,
  chosen: z.number().int().min(0).max(8),
  manual: z
    .object({
      type: z.enum(PLAN_TYPES),
      periods: text,
      downPayment: text,
      deferralMonths: text,
      settlementAmount: text,
      payments: text,
    })
    .nullable(),
});
