/** The default packs shipped inside the extension, trusted by the build (DESIGN.md "Distribution"). */
import enUS from './defaults/en-US.json';
import zhCN from './defaults/zh-CN.json';

export const BUNDLED_PACKS: readonly unknown[] = [zhCN, enUS];
