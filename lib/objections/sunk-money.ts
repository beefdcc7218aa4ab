/**
 * 进去 after a verb that sinks money (搭进去, 赔进去, 砸进去, 花进去): money lost into something, the
 * customer's reason for having none, not prison slang (会不会进去) nor a payment into the account
 * (还进去, a round-11 reading). Found on sentences made up after session 11's code: 家里钱全搭进去了
 * put the jail card first by the overlap of 进去 with 会不会进去.
 */
const SUNK = /[搭赔砸花贴填扔亏]进去/;
const INTO = '进去';

/**
 * For a query that says money sunk, a test of a title or trigger whose 进去 is another one (prison,
 * a payment): their overlap on 进去 is no evidence (overlap-clash.ts). Null for other queries.
 */
export function sunkMoneyClash(compact: string): ((text: string) => boolean) | null {
  if (!SUNK.test(compact)) return null;
  return (text) => text.includes(INTO) && !SUNK.test(text);
}
