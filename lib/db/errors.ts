/**
 * Storage failures as messages the panel shows (issue 7 §7: "fail visible"). Writes return a
 * result instead of throwing, so the UI keeps the agent's text in the draft box and says why.
 */
import type { LocalizedText } from '../i18n/text';

export type WriteResult<T extends object = object> =
  | ({ ok: true } & T)
  | { ok: false; message: LocalizedText };

export const quotaMessage: LocalizedText = {
  zh: '浏览器存储空间已满，内容未保存，文字仍保留在输入框中。请在扩展的选项页「通话与笔记：导出与导入」中用「导出后清理」清理旧记录，然后重试。',
  en: 'Browser storage is full, so this was not saved; your text is still in the box. On the extension’s options page, under “Calls and notes: export and import”, use “Export, then clear” for old records, then try again.',
};

export const closedMessage: LocalizedText = {
  zh: '本地数据库已关闭（可能在另一窗口升级），内容未保存，文字仍保留在输入框中。请重新打开侧边栏后重试。',
  en: 'The local database was closed (perhaps upgraded in another window), so this was not saved; your text is still in the box. Reopen the side panel and try again.',
};

export const blockedMessage: LocalizedText = {
  zh: '另一个窗口仍在使用旧版本的本地数据库，升级被阻止。请关闭其他窗口中的侧边栏后重新打开。',
  en: 'Another window still uses the older local database, so the upgrade is blocked. Close the side panel in other windows and reopen it.',
};

export const versionMessage: LocalizedText = {
  zh: '本地数据库的版本比本扩展新（扩展可能被降级），无法打开。请更新扩展。',
  en: 'The local database is newer than this extension (it may have been downgraded) and cannot be opened. Update the extension.',
};

export const unavailableMessage: LocalizedText = {
  zh: '此浏览器窗口无法使用本地数据库（例如无痕模式），笔记无法保存。',
  en: 'Local storage is unavailable in this browser window (for example a private window), so notes cannot be saved.',
};

function genericMessage(detail: string): LocalizedText {
  return {
    zh: `保存失败，文字仍保留在输入框中：${detail}`,
    en: `Saving failed; your text is still in the box: ${detail}`,
  };
}

/** Error names along the chain Dexie builds (a transaction's AbortError wraps the real cause). */
function errorNames(error: unknown): string[] {
  const names: string[] = [];
  let current: unknown = error;
  for (let depth = 0; depth < 5 && typeof current === 'object' && current !== null; depth += 1) {
    const { name, inner, cause } = current as { name?: unknown; inner?: unknown; cause?: unknown };
    if (typeof name === 'string') names.push(name);
    current = inner ?? cause;
  }
  return names;
}

export function storageErrorMessage(error: unknown): LocalizedText {
  const names = errorNames(error);
  if (names.includes('QuotaExceededError')) return quotaMessage;
  if (names.includes('DatabaseClosedError') || names.includes('InvalidStateError')) return closedMessage;
  if (names.includes('VersionError') || names.includes('UpgradeError')) return versionMessage;
  if (names.includes('MissingAPIError')) return unavailableMessage;
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return genericMessage(detail.slice(0, 300));
}

/** Runs a write; any rejection becomes `{ ok: false, message }` instead of an exception. */
export async function attemptWrite<T extends object>(write: () => Promise<T>): Promise<WriteResult<T>> {
  try {
    const value = await write();
    return { ok: true, ...value };
  } catch (error) {
    if (error instanceof RefusedWrite) return { ok: false, message: error.reason };
    return { ok: false, message: storageErrorMessage(error) };
  }
}

/** Thrown inside a transaction to abort it with a reason for the agent (nothing is written). */
export class RefusedWrite extends Error {
  constructor(readonly reason: LocalizedText) {
    super(reason.en);
    this.name = 'RefusedWrite';
  }
}
