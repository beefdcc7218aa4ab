/**
 * The side panel's English strings. Only `loadStrings('en')` imports this module (dynamically), so
 * it is a chunk of its own: a zh-CN agent's panel never downloads it, and the first chunk's byte
 * budget pays for one language only. The options page and the Studio import it at start-up
 * (`page-strings.ts`).
 */
import enGuard from '../../locales/en/guard.json';
import enKeys from '../../locales/en/keys.json';
import enNotes from '../../locales/en/notes.json';
import enObjections from '../../locales/en/objections.json';
import enPanel from '../../locales/en/panel.json';
import enPlan from '../../locales/en/plan.json';
import enScript from '../../locales/en/script.json';
import enShell from '../../locales/en/shell.json';
import enUpdates from '../../locales/en/updates.json';
import type { zh } from './catalogue';

export const en: Partial<Record<keyof typeof zh, string>> = {
  ...enShell,
  ...enScript,
  ...enGuard,
  ...enObjections,
  ...enPlan,
  ...enNotes,
  ...enUpdates,
  ...enKeys,
  ...enPanel,
};
