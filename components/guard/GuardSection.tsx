import { useId, useState } from 'react';
import { useI18n } from '@/components/shell/i18n';
import type { SectionProps } from '@/components/shell/section';
import { clockTime } from '@/lib/i18n/clock';
import { Checklist } from './Checklist';
import { PhraseHints } from './PhraseHints';
import './guard.css';

/**
 * Section 1: the call's checklist, the reasons given for going past a block, and a box to check
 * a sentence against the forbidden phrases before saying or writing it.
 */
export function GuardSection({ pack, context, call }: SectionProps) {
  const { t, locale } = useI18n();
  const id = useId();
  const [phrase, setPhrase] = useState('');
  const rules = new Map(pack.rules.map((r) => [r.id, r]));

  return (
    <div className="guard-section">
      {context ? (
        <Checklist pack={pack} context={context} call={call} />
      ) : (
        <p className="empty">{t('empty.guard')}</p>
      )}
      {call && call.overrides.length > 0 && (
        <section className="overrides" aria-labelledby={`${id}-overrides`}>
          <h2 id={`${id}-overrides`} className="guard-section__title">
            {t('guard.overrides.title')}
          </h2>
          <ul>
            {call.overrides.map((o) => (
              <li key={`${o.kind}:${o.ruleId ?? ''}:${o.at}`}>
                <span className="overrides__what">
                  {o.kind === 'rule'
                    ? (rules.get(o.ruleId ?? '')?.title ?? t('guard.ruleGone'))
                    : t('guard.overrides.checklist')}
                </span>{' '}
                <span className="overrides__reason">{o.reason}</span>{' '}
                {o.supervisorId && (
                  <span className="overrides__supervisor">
                    {t('guard.override.supervisorBy', { id: o.supervisorId })}{' '}
                  </span>
                )}
                <span className="muted">{clockTime(o.at, locale)}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      <section className="phrase-check" aria-labelledby={`${id}-phrases`}>
        <h2 id={`${id}-phrases`} className="guard-section__title">
          {t('guard.phrases.title')}
        </h2>
        <label htmlFor={`${id}-phrase`} className="muted">
          {t('guard.phrases.label')}
        </label>
        <textarea
          id={`${id}-phrase`}
          rows={2}
          value={phrase}
          maxLength={2000}
          onChange={(event) => setPhrase(event.target.value)}
        />
        <PhraseHints text={phrase} rules={pack.rules} kind="speech" />
      </section>
    </div>
  );
}
