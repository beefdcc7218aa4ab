import { createContext, type ReactNode, useContext } from 'react';
import { defaultSettings, type Settings } from '@/lib/settings';

const SettingsContext = createContext<Settings>(defaultSettings());

export function SettingsProvider({ settings, children }: { settings: Settings; children: ReactNode }) {
  return <SettingsContext.Provider value={settings}>{children}</SettingsContext.Provider>;
}

/** The agent's settings (name and number for the script, language, font size). */
export function useAgentSettings(): Settings {
  return useContext(SettingsContext);
}
