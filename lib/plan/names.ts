/** Names of plan types for people, in both UI languages. */
import type { LocalizedText } from '../i18n/text';
import type { PlanType } from '../pack/schema';

export const PLAN_TYPE_NAMES: Record<PlanType, LocalizedText> = {
  full: { zh: '全额还款', en: 'Full payment' },
  minimum: { zh: '最低还款', en: 'Minimum payment' },
  instalmentFlat: { zh: '分期还款', en: 'Instalment (flat fee)' },
  instalmentAmortising: { zh: '等额本息分期', en: 'Instalment (amortising)' },
  deferral: { zh: '延期还款', en: 'Deferral' },
  personalised: { zh: '个性化分期', en: 'Personalised instalment' },
  settlement: { zh: '减免结清', en: 'Settlement' },
};
