import { useState } from 'react';
import { localeOfPack } from '@/lib/i18n';
import type { ActivePack } from '@/lib/pack/store';
import { useLoadedLocale } from './i18n';

/**
 * `read` once the strings of its language are loaded, else the pack shown before (undefined: still
 * loading). A segment's reason names fields in the pack's language, which need not be the agent's
 * (an English pack in a zh-CN panel), and is worked out once: with English not yet loaded it would
 * keep zh-CN field names in an English sentence.
 */
export function usePackWithStrings(read: ActivePack | undefined): ActivePack | undefined {
  const wanted = read?.ok ? localeOfPack(read.pack.locale) : undefined;
  const canShow = useLoadedLocale(wanted) === wanted || wanted === undefined;
  const [shown, setShown] = useState(canShow ? read : undefined);
  if (canShow && shown !== read) setShown(read);
  return canShow ? read : shown;
}
