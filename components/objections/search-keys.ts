import type { KeyId } from '@/components/shell/keys';

/** The search box's own list keys (registry scope `objections`, `field`): the box handles them. */
export const SEARCH_KEYS = [
  'objections.move',
  'objections.open',
  'objections.pick',
] as const satisfies readonly KeyId[];
export type SearchKey = (typeof SEARCH_KEYS)[number];
