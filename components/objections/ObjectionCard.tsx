import type { Ref } from 'react';
import { RenderedText } from '@/components/script/RenderedText';
import { useI18n } from '@/components/shell/i18n';
import type { CallRecord } from '@/lib/db';
import type { MessageKey } from '@/lib/i18n';
import type { Objection, Pack } from '@/lib/pack/schema';
import { flagName } from '@/lib/script/flag-words';
import { type RenderVars, render } from '@/lib/script/render';
import { isCrisis } from './crisis';

type PlanPreset = NonNullable<NonNullable<Objection['leadsTo']>['plan']>;

export const PLAN_KEY: Record<PlanPreset, MessageKey> = {
  full: 'objections.plan.full',
  minimum: 'objections.plan.minimum',
  instalment: 'objections.plan.instalment',
  deferral: 'objections.plan.deferral',
  personalised: 'objections.plan.personalised',
  settlement: 'objections.plan.settlement',
};

/** The read-aloud text of a card, values filled exactly as the script fills them. */
export function sayText(objection: Objection, vars: RenderVars): string {
  return objection.say.map((line) => render(line, vars).text).join('\n');
}

interface Props {
  objection: Objection;
  pack: Pack;
  call: CallRecord | null;
  vars: RenderVars;
  pinned: boolean;
  onCopy: () => void;
  onPlan: () => void;
  onFlag: () => void;
  ref?: Ref<HTMLElement>;
}

/** One answer card: say (read aloud, larger), do (guidance), never (forbidden, red), its actions. */
export function ObjectionCard({ objection, pack, call, vars, pinned, onCopy, onPlan, onFlag, ref }: Props) {
  const { t, locale } = useI18n();
  const crisis = isCrisis(objection);
  const { plan, flag, disposition } = objection.leadsTo ?? {};
  const flagged = flag !== undefined && (call?.flags.some((f) => f.flag === flag) ?? false);
  const used = call?.objections.some((u) => u.objectionId === objection.id) ?? false;
  const dispositionLabel = pack.dispositions.find((d) => d.id === disposition)?.label ?? '';
  return (
    <article
      ref={ref}
      tabIndex={-1}
      className={`card${crisis ? ' card--crisis' : ''}${pinned ? ' card--pinned' : ''}`}
      aria-label={t('objections.card', { title: objection.title })}
      data-objection-id={objection.id}
      data-testid={pinned ? 'pinned-card' : 'objection-card'}
    >
      <header className="card__head">
        <h2>{objection.title}</h2>
        {crisis && <span className="badge badge--crisis">{t('objections.crisis')}</span>}
        <span className="muted">{objection.category}</span>
        {used && <span className="card__used">✓ {t('objections.used')}</span>}
      </header>
      <section className="card__say" aria-label={t('objections.say')}>
        <h3>{t('objections.say')}</h3>
        {objection.say.map((line) => (
          <p key={line} className="card__say-line">
            <RenderedText rendered={render(line, vars)} />
          </p>
        ))}
      </section>
      {objection.do && objection.do.length > 0 && (
        <section className="card__do" aria-label={t('objections.do')}>
          <h3>{t('objections.do')}</h3>
          <ul>
            {objection.do.map((line) => (
              <li key={line}>
                <RenderedText rendered={render(line, vars)} />
              </li>
            ))}
          </ul>
        </section>
      )}
      {objection.never && objection.never.length > 0 && (
        <section className="card__never" aria-label={t('objections.neverHint')}>
          <h3>✕ {t('objections.never')}</h3>
          <ul>
            {objection.never.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </section>
      )}
      <div className="card__actions">
        <button type="button" onClick={onCopy} aria-keyshortcuts="y">
          {t('objections.copy')} <kbd>Y</kbd>
        </button>
        {plan && (
          <button type="button" onClick={onPlan} aria-keyshortcuts="p">
            {t('objections.plan', { plan: t(PLAN_KEY[plan]) })} <kbd>P</kbd>
          </button>
        )}
        {flag && (
          <button type="button" onClick={onFlag} aria-keyshortcuts="f" aria-pressed={flagged}>
            {flagged
              ? t('objections.flagged', { flag: flagName(flag, locale, pack.rules) })
              : t('objections.flag', { flag: flagName(flag, locale, pack.rules) })}{' '}
            <kbd>F</kbd>
          </button>
        )}
      </div>
      {disposition && (
        <p className="card__disposition" data-testid="suggested-disposition">
          {t('objections.disposition', { code: disposition, label: dispositionLabel })}
        </p>
      )}
    </article>
  );
}
