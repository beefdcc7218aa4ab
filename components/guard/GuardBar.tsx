import { useId, useState } from 'react';
import { ObjectionsGuardSlot } from '@/components/objections/GuardSlot';
import { useI18n } from '@/components/shell/i18n';
import type { SectionProps } from '@/components/shell/section';
import { type GuardLevelShown, guardStanding } from '@/lib/call/guard-standing';
import type { MessageKey } from '@/lib/i18n';
import { useGuard } from './use-guard';
import './guard.css';

export const LEVEL_KEY: Record<GuardLevelShown, MessageKey> = {
  ok: 'guard.level.ok',
  warn: 'guard.level.warn',
  block: 'guard.level.block',
  approved: 'guard.level.approved',
  excused: 'guard.level.excused',
};

/** One rule's result: "OK to call" would read oddly beside the retention rule. */
const VERDICT_KEY: Record<'ok' | 'warn' | 'block', MessageKey> = {
  ok: 'guard.verdict.ok',
  warn: 'guard.verdict.warn',
  block: 'guard.verdict.block',
};

/**
 * The compliance bar, always visible at the top of the panel (issue 5 §2): green, amber or red,
 * the numbers an agent checks before dialling, the reasons, and every verdict with its source on
 * demand. Red is announced as an alert; the rest politely.
 */
export function GuardBar({ pack, context, call }: SectionProps) {
  const { t } = useI18n();
  if (!context) {
    return (
      <section
        className="guard guard--idle"
        aria-label={t('guard.label')}
        data-testid="guard"
        data-level="idle"
      >
        <p role="status" className="guard__line">
          {t('guard.idle')}
        </p>
      </section>
    );
  }
  return <GuardBarLive pack={pack} context={context} call={call} />;
}

function GuardBarLive({ pack, context, call }: SectionProps) {
  const { t, l } = useI18n();
  const id = useId();
  const [expanded, setExpanded] = useState(false);
  const guard = useGuard(pack, context, call);
  const { headline, reasons, ruleIds } = guard.summary;
  // Blocks gone past on this call read as approved; a block no override covers stays 禁止 (walk 11).
  const standing = guardStanding(guard.verdicts, call);
  const level = standing.shown;
  const rules = new Map(pack.rules.map((r) => [r.id, r]));
  const overrides = call?.overrides.filter((o) => o.kind === 'rule') ?? [];
  const lastOverride = overrides.at(-1);
  // Once a block was gone past, a block still standing is named new: the agent must not read it as the old one.
  const overridden = overrides.length > 0;

  return (
    <section
      className={`guard guard--${level}`}
      aria-label={t('guard.label')}
      data-testid="guard"
      data-level={level}
      aria-busy={!guard.ready}
    >
      <div className="guard__top">
        {/* Keyed by level: a live region that turns into an alert is announced only when it is new. */}
        <div key={level} role={level === 'block' ? 'alert' : 'status'} className="guard__line">
          <strong className="guard__level">{t(LEVEL_KEY[level])}</strong>
          <span className="guard__headline">{headline}</span>
          {reasons.length > 0 && (
            <ul className="guard__reasons">
              {reasons.map((reason, i) => {
                const ruleId = ruleIds[i];
                const cover = ruleId === undefined ? undefined : standing.covered.get(ruleId);
                const blocking = guard.verdicts.some((v) => v.ruleId === ruleId && v.level === 'block');
                return (
                  <li key={ruleId ?? i} data-covered={cover ? 'true' : undefined}>
                    {l(reason)}
                    {cover ? (
                      <span className="guard__covered">
                        {' '}
                        {t(cover.supervisorId ? 'guard.reason.approved' : 'guard.reason.excused')}
                      </span>
                    ) : (
                      overridden &&
                      blocking && <strong className="guard__uncovered"> {t('guard.reason.new')}</strong>
                    )}
                  </li>
                );
              })}
            </ul>
          )}
          {guard.thirdParty && <p className="guard__third-party">{t('guard.thirdParty')}</p>}
          {call && call.segmentId === undefined && (
            <p className="guard__no-segment">{t('guard.noSegment')}</p>
          )}
        </div>
        <button
          type="button"
          className="guard__toggle"
          aria-expanded={expanded}
          aria-controls={`${id}-details`}
          onClick={() => setExpanded((e) => !e)}
        >
          {expanded ? t('guard.details.hide') : t('guard.details.show')}
        </button>
      </div>
      <ObjectionsGuardSlot pack={pack} context={context} call={call} />
      {lastOverride !== undefined && (
        <p className="guard__overridden">
          {lastOverride.supervisorId
            ? t('guard.approvedBy', { id: lastOverride.supervisorId, reason: lastOverride.reason })
            : t('guard.overridden', { reason: lastOverride.reason })}
        </p>
      )}
      <ul id={`${id}-details`} className="guard__details" hidden={!expanded}>
        {guard.verdicts.map((v) => {
          const rule = rules.get(v.ruleId);
          return (
            <li key={v.ruleId} className={`verdict verdict--${v.level}`} data-rule-id={v.ruleId}>
              <span className="verdict__level">{t(VERDICT_KEY[v.level])}</span>
              <span className="verdict__title">{rule?.title ?? t('guard.ruleGone')}</span>
              <span className="verdict__message">{l(v.message)}</span>
              {rule && <span className="verdict__source">{t('guard.source', { source: rule.source })}</span>}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
