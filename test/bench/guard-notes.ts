/**
 * The bench notes of the guard (guard-timing.ts times their check, guard-equivalence.ts compares two
 * copies' matches on them): an ordinary agent's record of a call in each language, written without
 * the phrase lists at hand, repeated to the length a long note reaches.
 */
export const NOTE_EN = [
  'Called the cardholder at 10:40 her time; she answered on the second ring and confirmed her date of birth.',
  'Gave the recording notice and the disclosure before discussing the account.',
  'She said her hours at the warehouse were cut in March and her husband is between jobs, so the minimum',
  'payment has been hard to make since the spring. She asked whether the late fees could be removed and',
  'whether the account would go to a lawyer. Explained the balance, the days past due and that fees are',
  'set by the cardholder agreement; offered to look at a plan. She can pay 150 on the 15th and then 200 a',
  'month from next month. Read back the plan, the dates and the amounts; she agreed and repeated them.',
  'She asked us not to call her at work any more; noted the request and updated the contact preference.',
  'Mentioned she had a dispute about one purchase from last year; gave her the address for written disputes',
  'and told her the disputed part is paused while it is reviewed. Thanked her and closed the call.',
].join(' ');

export const NOTE_ZH = [
  '上午十点半致电持卡人本人，核实身份后告知录音和来电目的。',
  '客户说三月份起单位减薪，家里老人住院，最近两期都没能按时还最低还款额。',
  '解释了逾期金额、逾期天数和违约金的计算方式，客户问能不能减免部分利息。',
  '告知减免需要提交申请并由银行审核，先介绍了分期方案和个性化分期的条件。',
  '客户表示本月十五号可以先还一千元，下个月开始每月还八百元，已复述金额和日期，客户确认。',
  '客户要求以后不要在工作时间打电话，已记录联系偏好。',
  '提醒客户可通过官方客服热线查询账单和提出异议，通话结束前致谢。',
].join('');

export function repeatTo(text: string, length: number): string {
  let out = '';
  while (out.length < length) out += `${text}\n`;
  return out.slice(0, length);
}
