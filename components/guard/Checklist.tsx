import { useId, useMemo, useState } from 'react';
import { useWrites } from '@/components/shell/db';
import { useI18n } from '@/components/shell/i18n';
import type { SectionProps } from '@/components/shell/section';
import { checklistByPhase, dueItems, tickByHand, wrapUpBlockers } from '@/lib/compliance/checklist';
import type { MessageKey } from '@/lib/i18n';
import { clockTime } from '@/lib/i18n/clock';
import type { LocalizedText } from '@/lib/i18n/text';
import type { Phase } from '@/lib/pack/schema';
import { selectSegment } from '@/lib/script/select';

export const PHASE_KEY: Record<Phase, MessageKey> = {
  identify: 'guard.phase.identify',
  thirdParty: 'guard.phase.thirdParty',
  disclose: 'guard.phase.disclose',
  understand: 'guard.phase.understand',
  negotiate: 'guard.phase.negotiate',
  commit: 'guard.phase.commit',
  escalate: 'guard.phase.escalate',
  close: 'guard.phase.close',
};

/**
 * The pack's checklist by phase (issue 5 §3): required items marked, each tick with its time and
 * whether a script line or the agent's hand made it, and what the wrap-up still needs.
 */
export function Checklist({ pack, context, call }: SectionProps) {
  const { t, l, locale } = useI18n();
  const writes = useWrites();
  const id = useId();
  const [error, setError] = useState<LocalizedText | null>(null);
  const groups = useMemo(() => checklistByPhase(pack.checklist), [pack]);
  const script = call ? (selectSegment(pack, context, call.segmentId)?.script ?? null) : null;
  const due = call ? new Set(dueItems(pack, call, script).map((i) => i.id)) : new Set<string>();
  const blockers = call ? wrapUpBlockers(pack, call, script) : [];

  const tick = async (itemId: string, ticked: boolean) => {
    if (!call) return;
    const result = await writes.updateCall(call.id, (c) => tickByHand(c, itemId, ticked, Date.now()));
    setError(result.ok ? null : result.message);
  };

  return (
    <section className="checklist" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="guard-section__title">
        {t('guard.checklist.title')}
      </h2>
      {!call && <p className="muted">{t('guard.checklist.startFirst')}</p>}
      {call && blockers.length > 0 && (
        <p className="checklist__owed" data-testid="checklist-owed">
          {t('guard.checklist.owed', {
            count: blockers.length,
            items: blockers.map((i) => i.text).join(locale === 'en' ? ', ' : '、'),
          })}
        </p>
      )}
      {call && blockers.length === 0 && due.size > 0 && (
        <p className="checklist__done">{t('guard.checklist.done')}</p>
      )}
      {error && (
        <p role="alert" className="error">
          {l(error)}
        </p>
      )}
      {groups.map((group) => (
        <fieldset key={group.phase} className="checklist__phase">
          <legend>{t(PHASE_KEY[group.phase])}</legend>
          <ul>
            {group.items.map((item) => {
              const done = call?.checklist[item.id];
              const owed = item.required && !done && due.has(item.id);
              return (
                <li
                  key={item.id}
                  className={`checklist__item${owed ? ' checklist__item--owed' : ''}`}
                  data-item-id={item.id}
                >
                  <label>
                    <input
                      type="checkbox"
                      checked={done !== undefined}
                      // A line's tick is the script's proof; it is undone in the script, not here.
                      disabled={!call || done?.by === 'line'}
                      onChange={(event) => void tick(item.id, event.target.checked)}
                    />
                    <span className="checklist__text">{item.text}</span>
                    {item.required && (
                      <span className="badge badge--required">{t('guard.checklist.required')}</span>
                    )}
                  </label>
                  {done && (
                    <span className="checklist__tick">
                      {t(done.by === 'line' ? 'guard.checklist.byLine' : 'guard.checklist.byHand', {
                        time: clockTime(done.at, locale),
                      })}
                    </span>
                  )}
                </li>
              );
            })}
          </ul>
        </fieldset>
      ))}
    </section>
  );
}
