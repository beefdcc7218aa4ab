import { useId, useLayoutEffect, useRef, useState } from 'react';
import type { AccountContext, FieldReading } from '@/lib/crm/context';
import { clockTime } from '@/lib/i18n/clock';
import { useI18n } from './i18n';

/** Space kept between a tooltip and the panel's edges, in CSS px. */
const TIP_MARGIN = 4;

interface Props {
  context: AccountContext;
  field: string;
  /** The field's name for people, in the UI language. */
  label: string;
  format?: (reading: FieldReading) => string;
  className?: string;
  /** A value the context carries outside `fields` (the account key). */
  reading?: FieldReading;
}

/**
 * One CRM value with where it came from, on hover and on focus. A value the page lacks shows as
 * "missing" (never blank, never the previous account's value).
 */
export function FieldView({ context, field, label, format, className, reading: given }: Props) {
  const { t, locale } = useI18n();
  const tipId = useId();
  const [open, setOpen] = useState(false);
  const tipRef = useRef<HTMLSpanElement>(null);
  // The tip hangs from its field; one near the right edge of a 320 px panel (or 200 % zoom) ran
  // off it (live-call walk 10): moved left by what sticks out, never past the left edge.
  useLayoutEffect(() => {
    const tip = tipRef.current;
    if (!open || !tip) return;
    tip.style.translate = '';
    const box = tip.getBoundingClientRect();
    const room = document.documentElement.clientWidth - TIP_MARGIN;
    const shift = Math.max(Math.min(0, room - box.right), TIP_MARGIN - box.left);
    if (shift !== 0) tip.style.translate = `${shift}px 0`;
  }, [open]);
  const reading = given ?? context.fields[field];
  const problem = context.problems.find((p) => p.field === field);

  let text: string;
  let source: string;
  if (reading) {
    text = format ? format(reading) : String(reading.value);
    source =
      // A CSS selector is the adapter's internal address (#customer-name): agents are told the
      // field by its label (live-call walk 10).
      'selector' in reading.source
        ? t('field.sourceSelector', { field: label })
        : t('field.sourceLabel', { label: reading.source.label });
  } else if (problem?.currency) {
    text = t('field.otherCurrency', { currency: problem.currency.written });
    source = t('field.otherCurrencySource', {
      raw: problem.raw ?? '',
      currency: problem.currency.written,
      expected: problem.currency.expected,
      field: label,
    });
  } else if (problem?.problem === 'unparseable') {
    text = t('field.unparseable');
    source = t('field.unparseableSource', { raw: problem.raw ?? '', field: label });
  } else {
    text = t('field.missing');
    source = t('field.missingSource', { field: label });
  }
  const time = clockTime(context.readAt, locale);

  return (
    // A button so keyboard users reach it: focus (or a click) shows where the value was read.
    <button
      type="button"
      className={`field ${reading ? '' : 'field--problem'} ${className ?? ''}`}
      data-field={field}
      // Named by what it shows: the tooltip inside it is its description, announced once, not
      // part of its name as well (live-call walk 10, a screen reader read the source twice).
      aria-label={`${label} ${text}`}
      aria-describedby={tipId}
      onMouseEnter={() => setOpen(true)}
      onMouseLeave={() => setOpen(false)}
      onFocus={() => setOpen(true)}
      onBlur={() => setOpen(false)}
      onClick={() => setOpen((o) => !o)}
    >
      <span className="field__label">{label}</span>
      {/* Isolated: a CRM value can never turn the direction of the text around it (issue 15 item 11). */}
      <span className="field__value">
        <bdi>{text}</bdi>
      </span>
      <span id={tipId} ref={tipRef} role="tooltip" className="field__source" hidden={!open}>
        {source} · {t('field.readAt', { time })}
      </span>
    </button>
  );
}
