/**
 * The database's name for the one masking pass (lib/privacy/mask, issue 16): every writer in
 * lib/db stores agent text only through `redactText`.
 */
import { maskPersonalNumbers } from '../privacy/mask';

export type { Masking as Redaction } from '../privacy/mask';
export { isLuhnValid, isResidentId } from '../privacy/mask';

export const redactText = maskPersonalNumbers;
