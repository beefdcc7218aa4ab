/**
 * The side panel's zh-CN string catalogue, one file per section so each feature keeps its own
 * strings (STYLE.md "One feature, one place"). zh-CN is the reference: its keys type every lookup.
 * The English half is `catalogue-en.ts`, its own chunk loaded only when the UI is in English, and
 * the options page and the Pack Studio add their own strings (`page-strings.ts`): the panel's first
 * chunk, which has a byte budget, carries neither.
 */
import zhGuard from '../../locales/zh-CN/guard.json';
import zhKeys from '../../locales/zh-CN/keys.json';
import zhNotes from '../../locales/zh-CN/notes.json';
import zhObjections from '../../locales/zh-CN/objections.json';
import type zhOptions from '../../locales/zh-CN/options.json';
import zhPanel from '../../locales/zh-CN/panel.json';
import zhPlan from '../../locales/zh-CN/plan.json';
import zhScript from '../../locales/zh-CN/script.json';
import zhShell from '../../locales/zh-CN/shell.json';
import type zhStudio from '../../locales/zh-CN/studio.json';
import type zhStudioAdapters from '../../locales/zh-CN/studio-adapters.json';
import type zhStudioConditions from '../../locales/zh-CN/studio-conditions.json';
import type zhStudioForms from '../../locales/zh-CN/studio-forms.json';
import type zhStudioGuard from '../../locales/zh-CN/studio-guard.json';
import type zhStudioKeep from '../../locales/zh-CN/studio-keep.json';
import type zhStudioKeys from '../../locales/zh-CN/studio-keys.json';
import type zhStudioMisses from '../../locales/zh-CN/studio-misses.json';
import type zhStudioOpen from '../../locales/zh-CN/studio-open.json';
import type zhStudioPreview from '../../locales/zh-CN/studio-preview.json';
import type zhStudioScripts from '../../locales/zh-CN/studio-scripts.json';
import type zhStudioSource from '../../locales/zh-CN/studio-source.json';
import zhUpdates from '../../locales/zh-CN/updates.json';

export const zh = {
  ...zhShell,
  ...zhScript,
  ...zhGuard,
  ...zhObjections,
  ...zhPlan,
  ...zhNotes,
  ...zhUpdates,
  ...zhKeys,
  ...zhPanel,
};

/** Strings only the options page and the Studio show; they register them at start-up. */
export type PageStrings = typeof zhOptions &
  typeof zhStudio &
  typeof zhStudioAdapters &
  typeof zhStudioConditions &
  typeof zhStudioForms &
  typeof zhStudioGuard &
  typeof zhStudioKeep &
  typeof zhStudioKeys &
  typeof zhStudioMisses &
  typeof zhStudioOpen &
  typeof zhStudioPreview &
  typeof zhStudioScripts &
  typeof zhStudioSource;
