/**
 * What the Objections section puts in the Guard bar, the one part of the panel always on screen:
 * the escalation protocol while the call is flagged as a crisis. (`/` is the panel's key now:
 * components/shell/keys.ts.)
 */
import type { SectionProps } from '@/components/shell/section';
import { useAgentSettings } from '@/components/shell/settings-context';
import { CrisisProtocol, crisisObjectionOf, isCrisisCall } from './crisis';

export function ObjectionsGuardSlot({ pack, context, call }: SectionProps) {
  const settings = useAgentSettings();
  if (!isCrisisCall(call)) return null;
  return (
    <CrisisProtocol
      pack={pack}
      objection={crisisObjectionOf(pack, call)}
      vars={{ context, pack, agent: { name: settings.agentName, id: settings.agentId } }}
    />
  );
}
