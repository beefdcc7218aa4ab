/**
 * The Chinese numerals for the digits 0–9, common (一二三) and 大写 (壹贰叁) as banks write them on
 * cheques and contracts, read on folded text (繁體 貳 參 陸 arrive as 贰 参 陆). One table for the
 * masker, which reads them as the digits of a card or phone read out, and the amount reader, which
 * reads them with their units (两万五). Each adds what only it reads: 幺 (one, said in phone numbers),
 * 两 (two, said before a unit).
 */
// biome-ignore format: numeral → digit
export const NUMERAL_DIGITS: Readonly<Record<string, number>> = {
  〇: 0, 零: 0, 一: 1, 壹: 1, 二: 2, 贰: 2, 三: 3, 叁: 3, 参: 3, 四: 4, 肆: 4,
  五: 5, 伍: 5, 六: 6, 陆: 6, 七: 7, 柒: 7, 八: 8, 捌: 8, 九: 9, 玖: 9,
};
