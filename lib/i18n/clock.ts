/**
 * The agent's wall clock to the second ("14:03:05"), in the UI language and always 24-hour: the
 * browser's own locale printed "6:27:42 PM" inside a Chinese panel (live-call walk 9). Seconds
 * show an autosave is alive and when a line was said or an item ticked.
 */
import type { Locale } from './index';
import { dateTimeFormat } from './intl-cache';

export function clockTime(at: number, locale: Locale): string {
  return dateTimeFormat(locale, {
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  }).format(at);
}
