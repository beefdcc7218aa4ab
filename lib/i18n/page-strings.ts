/**
 * The options page's and the Pack Studio's strings. Importing this module adds them to the
 * catalogue; the side panel never imports it, so its first chunk stays within its byte budget.
 */
import enOptions from '../../locales/en/options.json';
import enStudio from '../../locales/en/studio.json';
import enStudioKeys from '../../locales/en/studio-keys.json';
import enStudioMisses from '../../locales/en/studio-misses.json';
import enStudioOpen from '../../locales/en/studio-open.json';
import zhOptions from '../../locales/zh-CN/options.json';
import zhStudio from '../../locales/zh-CN/studio.json';
import zhStudioKeys from '../../locales/zh-CN/studio-keys.json';
import zhStudioMisses from '../../locales/zh-CN/studio-misses.json';
import zhStudioOpen from '../../locales/zh-CN/studio-open.json';
import { addPageStrings } from './index';

export const pageStrings = {
  zh: { ...zhOptions, ...zhStudio, ...zhStudioKeys, ...zhStudioMisses, ...zhStudioOpen },
  en: { ...enOptions, ...enStudio, ...enStudioKeys, ...enStudioMisses, ...enStudioOpen },
};

addPageStrings(pageStrings.zh, pageStrings.en);
