/**
 * Crisis objections (issue 4 §4; DOMAIN.md §4 "Self-harm stops collection at once"). The call row
 * is the one place every section reads, so the crisis lives there as a `crisis` flag: the Script
 * section stops when it sees it, and the Guard bar shows the escalation protocol and crisis line.
 */

import { RenderedText } from '@/components/script/RenderedText';
import { useI18n } from '@/components/shell/i18n';
import { CRISIS_FLAG } from '@/lib/compliance/collection-stop';
import type { CallRecord } from '@/lib/db';
import type { Objection, Pack } from '@/lib/pack/schema';
import { type RenderVars, render } from '@/lib/script/render';
import './objections.css';

export { CRISIS_FLAG };
export const CRISIS_LINE = 'crisis.line';

export const isCrisis = (objection: Objection | undefined): boolean => objection?.severity === 'crisis';

export function isCrisisCall(call: CallRecord | null | undefined): boolean {
  return call?.flags.some((f) => f.flag === CRISIS_FLAG) ?? false;
}

/** The crisis objection the call used last, else the pack's first crisis objection. */
export function crisisObjectionOf(pack: Pack, call: CallRecord | null | undefined): Objection | undefined {
  const byId = new Map(pack.objections.map((o) => [o.id, o]));
  const used = [...(call?.objections ?? [])].reverse().find((u) => isCrisis(byId.get(u.objectionId)));
  return (used && byId.get(used.objectionId)) ?? pack.objections.find(isCrisis);
}

/** The escalation protocol: stop, the crisis line from the pack, the objection's do-lines. */
export function CrisisProtocol({
  pack,
  objection,
  vars,
}: {
  pack: Pack;
  objection: Objection | undefined;
  vars: RenderVars;
}) {
  const { t } = useI18n();
  const line = pack.constants[CRISIS_LINE];
  return (
    <div className="crisis" role="alert" data-testid="crisis-protocol">
      <strong className="crisis__title">{t('objections.crisis.stop')}</strong>
      <p>{t('objections.crisis.stopHint')}</p>
      <p className="crisis__line">
        {line ? t('objections.crisis.line', { line }) : t('objections.crisis.noLine')}
      </p>
      {objection?.do && objection.do.length > 0 && (
        <ol className="crisis__steps" aria-label={t('objections.crisis.protocol')}>
          {objection.do.map((text) => (
            <li key={text}>
              <RenderedText rendered={render(text, vars)} />
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}

/** Shown by the Script section instead of its lines once the call is flagged as a crisis. */
export function ScriptStopped() {
  const { t } = useI18n();
  return (
    <div className="script-stopped" role="alert" data-testid="script-stopped">
      <strong>{t('objections.crisis.stop')}</strong>
      <p>{t('objections.crisis.script')}</p>
    </div>
  );
}
