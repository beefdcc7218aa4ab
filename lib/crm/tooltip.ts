/**
 * When a CRM cell's tooltip (`aria-label`, `title`) is its value (red team 12). Red team 11 read the
 * tooltip of a cell that shows no text (an icon-only cell, a value drawn by CSS), but a real CRM
 * puts instructions and placeholders there too: an empty 逾期金额 cell titled 点击编辑 was read as
 * the amount "点击编辑", an empty name cell titled "Click to edit" as the customer's name.
 * A tooltip is a value only when it says what the cell would show:
 * - on a cell with no text, when it is no instruction or placeholder (`hintLike`); a typed field
 *   (money, date…) whose tooltip does not read as that type is missing, not unparseable (extract.ts);
 * - on a cell whose text is cut short (`张三丰…`), when it begins with that text: it is the whole
 *   value the cell could not fit (`张三丰老师`), read in its place.
 * Pure and content-script safe.
 */
import { foldText } from '../text/fold';
import type { TraditionalTable } from '../text/traditional';

/**
 * Words that ask the agent to do something, or say there is nothing (folded: lower case, simplified,
 * full width read as ASCII). A value rarely holds one; a tooltip that does is a hint, not a value.
 */
export const HINT_ZH =
  /点击|单击|双击|轻触|编辑|修改|输入|选择|填写|录入|添加|新增|查看|详情|复制|展开|收起|暂无|未填|未设置|未录入|无数据|^请/;
const HINT_EN =
  /(?<![a-z])(?:click|tap|double[- ]click|edit|enter|select|choose|add|view|copy|hover|expand|collapse|no data|not set|empty)(?![a-z])/;

/** Whether a tooltip is an instruction or a placeholder, not a value. */
export function hintLike(tooltip: string, traditional?: TraditionalTable): boolean {
  const folded = foldText(tooltip, traditional);
  return HINT_ZH.test(folded) || HINT_EN.test(folded);
}

/** An ellipsis closing text cut short: …, ⋯, or three dots. */
const CUT = /(?:…|⋯|\.{3})$/u;

/**
 * The whole value when the cell shows it cut short and its tooltip holds all of it (`张三丰…` titled
 * `张三丰老师`), else null. The tooltip must begin with what the cell shows, so a hint or an
 * unrelated title never replaces a value.
 */
export function wholeOfCut(shown: string, tooltip: string, traditional?: TraditionalTable): string | null {
  if (!CUT.test(shown)) return null;
  const kept = foldText(shown.replace(CUT, ''), traditional).trim();
  const whole = foldText(tooltip, traditional).trim();
  return kept.length > 0 && whole.length > kept.length && whole.startsWith(kept) ? tooltip : null;
}
