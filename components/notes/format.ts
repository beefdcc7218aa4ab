/** Small UI formatting for the Notes section: times, amounts typed by the agent, what was masked. */
import type { Masked } from '@/lib/db';
import type { Locale, MessageKey, MessageParams } from '@/lib/i18n';

/** "2026-11-28 14:03": dense, sortable, the same in both languages (sv-SE writes ISO order). */
export function dateTime(at: number): string {
  return new Intl.DateTimeFormat('sv-SE', {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(at);
}

type Translate = (key: MessageKey, params?: MessageParams) => string;

const MASK_KEY: Record<Masked[number]['kind'], MessageKey> = {
  card: 'notes.mask.card',
  idCard: 'notes.mask.idCard',
  phone: 'notes.mask.phone',
  account: 'notes.mask.account',
  cvv: 'notes.mask.cvv',
  secret: 'notes.mask.secret',
  ssn: 'notes.mask.ssn',
  email: 'notes.mask.email',
  im: 'notes.mask.im',
  number: 'notes.mask.number',
};

/** "1 个卡号、2 个电话号码" (what was actually masked, by kind, issue 16 §3), or '' when nothing was. */
export function maskedList(masked: Masked, t: Translate, locale: Locale): string {
  return masked.map(({ kind, count }) => t(MASK_KEY[kind], { count })).join(locale === 'en' ? ', ' : '、');
}

/** "已隐去 1 个卡号、2 个电话号码", or '' when nothing was masked. */
export function maskedMessage(masked: Masked, t: Translate, locale: Locale): string {
  if (masked.length === 0) return '';
  return t('notes.masked', { list: maskedList(masked, t, locale) });
}
