/**
 * Opening a pack into the Studio (issue 17 item 1): the active pack's stored payload, a local file
 * or a URL (a bare pack or a signed envelope), or pasted text, pretty-printed for editing. The
 * envelope is read by the pack gate's own reader (`openEnvelope`) and a URL by the pack download
 * (`download`: https only, its size cap, timeout and redirect rule).
 */
import type { CallAssistDB } from '../db/schema';
import type { LocalizedText } from '../i18n/text';
import { activePackRow } from '../pack/active-row';
import { type DownloadDeps, download, isAllowedPackUrl } from '../pack/download';
import { openEnvelope, type RefusalCode } from '../pack/envelope';
import { shownUrl } from '../pack/shown-url';

export type Opened = { ok: true; text: string; origin: string } | { ok: false; message: LocalizedText };

/** Pretty-printed, so the lead edits lines, not one 100 KB line; a syntax error keeps the text as is. */
function readable(payload: string): string {
  try {
    return `${JSON.stringify(JSON.parse(payload), null, 2)}\n`;
  } catch {
    return payload;
  }
}

export async function openActivePack(db: CallAssistDB, packId: string): Promise<Opened> {
  const active = await activePackRow(db, packId);
  if (!active)
    return { ok: false, message: { zh: `没有找到话术包 ${packId}`, en: `No pack ${packId} is installed` } };
  return openText(active.envelope, `${active.id} v${active.version}`);
}

/** Refusals that say the file is no pack at all; anything else is text the lead can fix in the source. */
const NOT_A_PACK: readonly RefusalCode[] = ['empty', 'tooLarge', 'notUtf8', 'html', 'tooDeep'];

/**
 * A signed envelope gives its payload; a bare pack, or broken JSON the lead wants to fix, is kept
 * as it is and the Studio's checks say what is wrong. An empty, oversized or HTML file is refused
 * with the gate's sentence, and the draft is not replaced.
 */
export function openText(text: string, origin: string): Opened {
  const opened = openEnvelope(text);
  if (opened.ok) return { ok: true, text: readable(opened.envelope.payload), origin };
  if (NOT_A_PACK.includes(opened.refusal.code)) return { ok: false, message: opened.refusal.message };
  return { ok: true, text, origin };
}

/** A pack or signed envelope over https, through the extension's one download (its limits, its messages). */
export async function openUrl(url: string, deps: DownloadDeps): Promise<Opened> {
  const address = url.trim();
  if (!isAllowedPackUrl(address)) return { ok: false, message: openMessages.badUrl(address) };
  const got = await download(address, undefined, deps);
  if (got.kind === 'body') return openText(got.text, shownUrl(address));
  if (got.kind === 'refused') return { ok: false, message: got.refusal.message };
  if (got.kind === 'failed') return { ok: false, message: got.message };
  return { ok: false, message: openMessages.nothing(address) };
}

const openMessages = {
  badUrl: (url: string): LocalizedText => ({
    zh: `网址无效（须为 https，或本机调试用的 http://127.0.0.1 / localhost；不含用户名或密码）：${shownUrl(url)}`,
    en: `Not a valid address (https, or http://127.0.0.1 / localhost for local testing; no user name or password in it): ${shownUrl(url)}`,
  }),
  nothing: (url: string): LocalizedText => ({
    zh: `服务器没有返回内容：${shownUrl(url)}`,
    en: `The server returned nothing: ${shownUrl(url)}`,
  }),
};

/**
 * Whether opening another pack would throw away the lead's work: the draft differs from what it
 * was opened from (a pasted draft has no published base, so any text counts). Opening starts a new
 * undo history, so this is asked before, never repaired after (walk 10: "open the active pack"
 * pressed over an afternoon's edits lost them).
 */
export function replacingLosesEdits(draft: { text: string; baseText: string } | null | undefined): boolean {
  return !!draft && draft.text !== draft.baseText;
}
