/** Masking of personal numbers before anything is stored (issue 16). */
export { isLuhnValid, isOldResidentId, isResidentId, residentIdCheck } from './checks';
export { MASK_KINDS, type MaskKind } from './kinds';
export { findUnmaskedRuns, type Masked, type Masking, maskPersonalNumbers, maskWithLongRuns } from './mask';
