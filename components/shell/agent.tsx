/**
 * Who is calling (issue 15 item 5): the agent's name and number come from the CRM when its adapter
 * reads them (fields `agentName`, `agentId`), else from the settings, which the panel asks for on
 * first use, so the script never reads `{{agent.name}}` aloud.
 */
import { useId, useState } from 'react';
import type { AccountContext } from '@/lib/crm/context';
import { usePreview, useWrites } from './db';
import { useI18n } from './i18n';
import { useAgentSettings } from './settings-context';

export interface Agent {
  name: string;
  id: string;
}

const crmText = (context: AccountContext | null, field: string): string => {
  const value = context?.fields[field]?.value;
  return typeof value === 'string' ? value.trim() : typeof value === 'number' ? String(value) : '';
};

export function useAgent(context: AccountContext | null): Agent {
  const settings = useAgentSettings();
  return {
    name: crmText(context, 'agentName') || settings.agentName.trim(),
    id: crmText(context, 'agentId') || settings.agentId.trim(),
  };
}

/** Asks for the name and number once, when neither the CRM nor the settings have them. */
export function AgentPrompt({ context }: { context: AccountContext | null }) {
  const { t } = useI18n();
  const agent = useAgent(context);
  const writes = useWrites();
  const preview = usePreview();
  const id = useId();
  const [name, setName] = useState('');
  const [number, setNumber] = useState('');
  const [error, setError] = useState(false);
  // The Studio's preview shows the missing name marked in the lines instead of asking for it.
  if ((agent.name && agent.id) || preview) return null;
  return (
    <form
      className="agent-prompt"
      aria-labelledby={`${id}-title`}
      onSubmit={(event) => {
        event.preventDefault();
        const patch = {
          ...(agent.name ? {} : { agentName: name.trim() }),
          ...(agent.id ? {} : { agentId: number.trim() }),
        };
        if (Object.values(patch).some((v) => v === '')) {
          setError(true);
          return;
        }
        void writes.saveAgent(patch);
      }}
    >
      <p id={`${id}-title`}>{t('agent.ask')}</p>
      {!agent.name && (
        <label>
          {t('agent.name')}
          <input value={name} maxLength={40} onChange={(e) => setName(e.target.value)} />
        </label>
      )}
      {!agent.id && (
        <label>
          {t('agent.id')}
          <input value={number} maxLength={20} onChange={(e) => setNumber(e.target.value)} />
        </label>
      )}
      <button type="submit">{t('agent.save')}</button>
      {error && (
        <span role="alert" className="error">
          {t('agent.both')}
        </span>
      )}
    </form>
  );
}
