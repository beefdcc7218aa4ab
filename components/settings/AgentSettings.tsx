import { useId } from 'react';
import { useI18n } from '@/components/shell/i18n';
import type { InstalledPack } from '@/lib/pack/installed';
import type { Settings } from '@/lib/settings';
import { packName } from './pack-name';

interface Props {
  settings: Settings;
  packs: readonly InstalledPack[];
  onChange: (patch: Partial<Settings>) => void;
}

/** The agent's own settings: name and number (used in the script), language, font size, pack. */
export function AgentSettings({ settings, packs, onChange }: Props) {
  const { t } = useI18n();
  const id = useId();
  return (
    <fieldset>
      <legend>{t('options.agent')}</legend>
      <div className="row">
        <label htmlFor={`${id}-name`}>{t('options.agentName')}</label>
        <input
          id={`${id}-name`}
          value={settings.agentName}
          maxLength={40}
          onChange={(e) => onChange({ agentName: e.target.value })}
        />
      </div>
      <div className="row">
        <label htmlFor={`${id}-no`}>{t('options.agentId')}</label>
        <input
          id={`${id}-no`}
          value={settings.agentId}
          maxLength={20}
          onChange={(e) => onChange({ agentId: e.target.value })}
        />
      </div>
      <div className="row">
        <label htmlFor={`${id}-locale`}>{t('options.locale')}</label>
        <select
          id={`${id}-locale`}
          value={settings.locale}
          onChange={(e) => onChange({ locale: e.target.value === 'en' ? 'en' : 'zh-CN' })}
        >
          <option value="zh-CN">中文（简体）</option>
          <option value="en">English</option>
        </select>
      </div>
      <div className="row">
        <label htmlFor={`${id}-font`}>{t('options.fontScale')}</label>
        <input
          id={`${id}-font`}
          type="range"
          min={0.85}
          max={1.6}
          step={0.05}
          value={settings.fontScale}
          onChange={(e) => onChange({ fontScale: Number(e.target.value) })}
        />
        <output htmlFor={`${id}-font`}>{Math.round(settings.fontScale * 100)}%</output>
      </div>
      <div className="row">
        <label htmlFor={`${id}-pack`}>{t('options.pack')}</label>
        <select
          id={`${id}-pack`}
          value={settings.packId}
          onChange={(e) => onChange({ packId: e.target.value })}
        >
          {packs.map((p) => (
            <option key={p.id} value={p.id}>
              {packName(p, t)}
            </option>
          ))}
        </select>
      </div>
    </fieldset>
  );
}
