/** What the masker hides, in the order the save line lists them (issue 16 §3). */
export const MASK_KINDS = [
  'card',
  'idCard',
  'phone',
  'account',
  'cvv',
  'secret',
  'ssn',
  'email',
  'im',
  'number',
] as const;
export type MaskKind = (typeof MASK_KINDS)[number];
