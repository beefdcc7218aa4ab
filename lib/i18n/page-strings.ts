/**
 * The options page's and the Pack Studio's strings. Importing this module adds them to the
 * catalogue; the side panel never imports it, so its first chunk stays within its byte budget.
 * It also adds the panel's English strings, which the panel itself loads only for an English UI:
 * these pages have no byte budget, and the Studio previews a pack in either language (a preview's
 * reason names fields in the pack's language, whatever the UI's).
 */
import enOptions from '../../locales/en/options.json';
import enStudio from '../../locales/en/studio.json';
import enStudioAdapters from '../../locales/en/studio-adapters.json';
import enStudioConditions from '../../locales/en/studio-conditions.json';
import enStudioForms from '../../locales/en/studio-forms.json';
import enStudioGuard from '../../locales/en/studio-guard.json';
import enStudioKeep from '../../locales/en/studio-keep.json';
import enStudioKeys from '../../locales/en/studio-keys.json';
import enStudioMisses from '../../locales/en/studio-misses.json';
import enStudioOpen from '../../locales/en/studio-open.json';
import enStudioPreview from '../../locales/en/studio-preview.json';
import enStudioScripts from '../../locales/en/studio-scripts.json';
import enStudioSource from '../../locales/en/studio-source.json';
import zhOptions from '../../locales/zh-CN/options.json';
import zhStudio from '../../locales/zh-CN/studio.json';
import zhStudioAdapters from '../../locales/zh-CN/studio-adapters.json';
import zhStudioConditions from '../../locales/zh-CN/studio-conditions.json';
import zhStudioForms from '../../locales/zh-CN/studio-forms.json';
import zhStudioGuard from '../../locales/zh-CN/studio-guard.json';
import zhStudioKeep from '../../locales/zh-CN/studio-keep.json';
import zhStudioKeys from '../../locales/zh-CN/studio-keys.json';
import zhStudioMisses from '../../locales/zh-CN/studio-misses.json';
import zhStudioOpen from '../../locales/zh-CN/studio-open.json';
import zhStudioPreview from '../../locales/zh-CN/studio-preview.json';
import zhStudioScripts from '../../locales/zh-CN/studio-scripts.json';
import zhStudioSource from '../../locales/zh-CN/studio-source.json';
import { en as enPanel } from './catalogue-en';
import { addPageStrings, addStrings } from './index';

export const pageStrings = {
  zh: {
    ...zhOptions,
    ...zhStudio,
    ...zhStudioAdapters,
    ...zhStudioConditions,
    ...zhStudioForms,
    ...zhStudioGuard,
    ...zhStudioKeep,
    ...zhStudioKeys,
    ...zhStudioMisses,
    ...zhStudioOpen,
    ...zhStudioPreview,
    ...zhStudioScripts,
    ...zhStudioSource,
  },
  en: {
    ...enOptions,
    ...enStudio,
    ...enStudioAdapters,
    ...enStudioConditions,
    ...enStudioForms,
    ...enStudioGuard,
    ...enStudioKeep,
    ...enStudioKeys,
    ...enStudioMisses,
    ...enStudioOpen,
    ...enStudioPreview,
    ...enStudioScripts,
    ...enStudioSource,
  },
};

addStrings('en', enPanel);
addPageStrings(pageStrings.zh, pageStrings.en);
