/**
 * Who used the card (issue 11 round 10): 这张卡是我弟拿去刷的, 我老公拿我的卡刷的, 钱是我妹妹花的
 * name the one who spent on it, someone the holder knows and let have it: the card lent out (the
 * lent-card cards), not a card stolen or used by a stranger, which the swipe itself (刷的, 消费)
 * says to the card-misuse concept. Read from how Mandarin names the doer right before the act (a
 * relative, partner or friend as spoken.ts kinMask reads them, then 拿, 用, 在用, 刷 or 花), unless
 * the query says it was done behind the holder's back (偷, 盗, 背着我, 没经过我同意): that is misuse.
 */
import { conceptIndex } from './concepts-zh';

const id = (name: string) => conceptIndex(name);
const LENT_OUT = id('lent-out');
const CARD_MISUSE = id('card-misuse');
/** Right after the person named: taking, using or spending. */
const USED = /^(?:拿|用|在用|刷|花|借)/;
/** The act is about the card or money spent (not 我弟用我手机打的). */
const ON_THE_CARD = /卡|刷|花|消费|在用/;
/** Done without the holder's consent: misuse, whoever did it. */
const BEHIND = /偷|盗|背着|瞒着|私自|没经过|没经我|不经过|不知道|没告诉|冒用/;

/**
 * Reads a person the holder knows spending on the card as the card lent out. `who`: 1 per code
 * unit of `compact` inside a relative's name (spoken.ts kinMask).
 */
export function readCardUser(compact: string, who: Uint8Array, found: Set<number>): void {
  if (LENT_OUT < 0 || !ON_THE_CARD.test(compact) || BEHIND.test(compact)) return;
  for (let at = 0; at < compact.length; at++) {
    if (who[at] !== 1 || who[at + 1] === 1) continue;
    if (!USED.test(compact.slice(at + 1))) continue;
    found.add(LENT_OUT);
    found.delete(CARD_MISUSE);
    return;
  }
}
