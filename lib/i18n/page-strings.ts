/**
 * The options page's and the Pack Studio's strings. Importing this module adds them to the
 * catalogue; the side panel never imports it, so its first chunk stays within its byte budget.
 */
import enOptions from '../../locales/en/options.json';
import enStudio from '../../locales/en/studio.json';
import enStudioPreview from '../../locales/en/studio-preview.json';
import zhOptions from '../../locales/zh-CN/options.json';
import zhStudio from '../../locales/zh-CN/studio.json';
import zhStudioPreview from '../../locales/zh-CN/studio-preview.json';
import { addPageStrings } from './index';

export const pageStrings = {
  zh: { ...zhOptions, ...zhStudio, ...zhStudioPreview },
  en: { ...enOptions, ...enStudio, ...enStudioPreview },
};

addPageStrings(pageStrings.zh, pageStrings.en);
