/**
 * What the Objections section puts in the Guard bar, the one part of the panel always on screen:
 * the escalation protocol while the call is flagged as a crisis, and the `/` key that opens the
 * objection search from any section (the section itself mounts only on its first visit).
 */
import { useEffect } from 'react';
import type { SectionProps } from '@/components/shell/section';
import { useAgentSettings } from '@/components/shell/settings-context';
import { CrisisProtocol, crisisObjectionOf, isCrisisCall } from './crisis';
import { isTyping, openSearch } from './navigation';

export function ObjectionsGuardSlot({ pack, context, call }: SectionProps) {
  const settings = useAgentSettings();
  useSearchKey();
  if (!isCrisisCall(call)) return null;
  return (
    <CrisisProtocol
      pack={pack}
      objection={crisisObjectionOf(pack, call)}
      vars={{ context, pack, agent: { name: settings.agentName, id: settings.agentId } }}
    />
  );
}

function useSearchKey(): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target))
        return;
      event.preventDefault();
      openSearch();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
}
