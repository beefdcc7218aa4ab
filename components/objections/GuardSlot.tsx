/**
 * What the Objections section puts in the Guard bar, the one part of the panel always on screen:
 * the escalation protocol while the call is flagged as a crisis. (`/` is the panel's key now:
 * components/shell/keys.ts.)
 */
import { useAgent } from '@/components/shell/agent';
import type { SectionProps } from '@/components/shell/section';
import { CrisisProtocol, crisisObjectionOf, isCrisisCall } from './crisis';

export function ObjectionsGuardSlot({ pack, context, call }: SectionProps) {
  const agent = useAgent(context);
  if (!isCrisisCall(call)) return null;
  return (
    <CrisisProtocol
      pack={pack}
      objection={crisisObjectionOf(pack, call)}
      vars={{ context, pack, agent, agreed: call }}
    />
  );
}
