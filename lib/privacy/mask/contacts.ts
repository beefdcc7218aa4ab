/**
 * Contact ids that name one person as surely as a phone (red team 9: they were stored whole):
 * e-mail addresses (the part before @ hidden but its first character, ＠ and ． folded) and the
 * WeChat / QQ id after its cue (微信, 微信号, wechat, weixin, vx, wx, QQ; all but the last two
 * characters hidden). The domain of an address stays: qq.com or a company name finds no one.
 * Runs after the number detectors, so a mobile given as a WeChat id stays a phone.
 */
import type { Scan } from './scan';

const EMAIL = /(?<![\w.+-])([\w.+-]{1,64})@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}(?![\w-])/g;
const IM =
  /(?:微信号?|(?<![a-z])(?:wechat|weixin|vx|wx|qq)(?:号|\s*id)?(?![a-z]))[:：\s是为]{0,4}(?<![\w-])([a-z][\w-]{4,19}|\d{5,11})(?![\w-])/g;

function hide(scan: Scan, start: number, end: number): void {
  for (let i = start; i < end; i += 1) scan.hidden.add(i);
}

export function maskContacts(scan: Scan): void {
  for (const match of scan.work.matchAll(EMAIL)) {
    const local = match[1] ?? '';
    const end = match.index + match[0].length;
    if (!scan.isFree(match.index, end)) continue;
    hide(scan, match.index + 1, match.index + local.length);
    scan.claimRange('email', match.index, end, 1);
  }
  for (const match of scan.work.matchAll(IM)) {
    const id = match[1] ?? '';
    const end = match.index + match[0].length;
    const start = end - id.length;
    if (!scan.isFree(start, end)) continue;
    hide(scan, start, end - 2);
    scan.claimRange('im', start, end, 1);
  }
}
