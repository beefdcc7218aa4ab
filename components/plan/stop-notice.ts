/** What the Plan says when collection has stopped on this call (live-call walk 11 §2). */
import type { CollectionStop } from '@/lib/compliance/collection-stop';
import type { MessageKey, MessageParams } from '@/lib/i18n';

type Translate = (key: MessageKey, params?: MessageParams) => string;

/** The crisis keeps its own protocol; any other stop reads the flag in the pack's words, never its id. */
export function stopNotice(stop: CollectionStop, t: Translate): string {
  if (stop.crisis) return t('plan.crisisStopped');
  return stop.text === null ? t('plan.flagStoppedUnnamed') : t('plan.flagStopped', { reason: stop.text });
}
