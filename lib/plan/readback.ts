/**
 * The read-back: the agreed plan in the pack's language with exact amounts and dates, ready to be
 * read aloud to the customer (承诺还款须复述确认), and a one-line summary to paste into the CRM.
 * Consecutive equal payments are read as one run ("payments 2 to 12, ¥893.33 each") so a 60-month
 * plan stays short enough to say; every amount and date still comes from the schedule itself.
 */

import { formatDate, type IsoDate } from './dates';
import { formatMoney, formatRate, type Minor } from './money';
import { PLAN_TYPE_NAMES } from './names';
import type { Verdict } from './policy';
import type { AnnualisedCost } from './rate';
import { payingRows, type Schedule, type ScheduleRow } from './schedule';
import type { ResolvedTerms } from './terms';

export type ReadBackLanguage = 'zh' | 'en';

export interface ReadBack {
  language: ReadBackLanguage;
  /** To read aloud, ending with a question that asks the customer to confirm. */
  text: string;
  /** One line for the CRM's notes, ISO dates. */
  summary: string;
}

export function languageOf(locale: string): ReadBackLanguage {
  return locale.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

/** Consecutive paying rows with the same payment. `first`/`last` count instalments from 1. */
export interface PaymentRun {
  first: number;
  last: number;
  payment: Minor;
  firstDate: IsoDate;
  lastDate: IsoDate;
}

export function paymentRuns(rows: readonly ScheduleRow[]): PaymentRun[] {
  const runs: PaymentRun[] = [];
  rows.forEach((row, i) => {
    const current = runs.at(-1);
    if (current && current.payment === row.payment) {
      current.last = i + 1;
      current.lastDate = row.dueDate;
    } else {
      runs.push({
        first: i + 1,
        last: i + 1,
        payment: row.payment,
        firstDate: row.dueDate,
        lastDate: row.dueDate,
      });
    }
  });
  return runs;
}

function ordinal(day: number): string {
  const tens = day % 100;
  if (tens >= 11 && tens <= 13) return `${day}th`;
  return `${day}${['th', 'st', 'nd', 'rd'][day % 10] ?? 'th'}`;
}

interface Speech {
  money(amount: Minor): string;
  date(date: IsoDate): string;
  rate(rate: number): string;
}

function speechFor(language: ReadBackLanguage, currency: string): Speech {
  const locale = language === 'zh' ? 'zh-CN' : 'en-US';
  return {
    money: (amount) => formatMoney(amount, currency, locale),
    date: (date) => formatDate(date, locale),
    rate: (rate) => formatRate(rate, locale, { min: 2, max: 2 }),
  };
}

export interface ReadBackInput {
  schedule: Schedule;
  terms: ResolvedTerms;
  annualised: AnnualisedCost | null;
  verdict: Verdict | null;
  /** The agent confirmed a supervisor approved a needs-approval plan. */
  approved?: boolean;
}

export function readBack(input: ReadBackInput): ReadBack {
  const language = languageOf(input.terms.locale);
  return language === 'zh'
    ? { language, text: zhText(input), summary: zhSummary(input) }
    : { language, text: enText(input), summary: enSummary(input) };
}

// ---- 中文 -----------------------------------------------------------------------------------

/** `unit`: 期 for instalments, 次 for the parts of a settlement. */
function zhRuns(runs: PaymentRun[], s: Speech, unit = '期'): string {
  return runs
    .map((r) =>
      r.first === r.last
        ? `第${r.first}${unit}${s.date(r.firstDate)}还${s.money(r.payment)}`
        : `第${r.first}至${r.last}${unit}每${unit}还${s.money(r.payment)}（${s.date(r.firstDate)}至${s.date(r.lastDate)}）`,
    )
    .join('；');
}

function zhMonthlyDay(day: number): string {
  return day >= 29 ? `每月${day}日（当月没有${day}日的为月末最后一天）` : `每月${day}日`;
}

function zhCost(input: ReadBackInput, s: Speech): string {
  const { totals } = input.schedule;
  const parts: string[] = [];
  const rows = payingRows(input.schedule);
  const fees = new Set(rows.map((r) => r.fee));
  if (totals.fee > 0) {
    const first = rows[0]?.fee ?? 0;
    parts.push(
      fees.size === 1
        ? `每期手续费${s.money(first)}，手续费合计${s.money(totals.fee)}`
        : `手续费合计${s.money(totals.fee)}`,
    );
  }
  if (totals.interest > 0) parts.push(`利息合计${s.money(totals.interest)}`);
  if (parts.length === 0) parts.push('不收手续费和利息');
  parts.push(`共计还款${s.money(totals.paid)}`);
  if (input.annualised && totals.cost > 0) {
    parts.push(
      `折合年化利率${s.rate(input.annualised.nominal)}（按复利计实际年化${s.rate(input.annualised.effective)}）`,
    );
  }
  return parts.join('，');
}

/** 其中本金…、利息和费用…; and whether the waiver touches the principal (review Z7). */
function zhSettlementParts(input: ReadBackInput, s: Speech): string {
  const { principal } = input.terms;
  if (principal === undefined) return '';
  const fees = input.schedule.balance - principal;
  const paid = input.schedule.totals.paid;
  const touches =
    paid < principal ? `，其中本金减免${s.money(principal - paid)}` : '，减免的只是利息和费用，本金不减免';
  return `（其中本金${s.money(principal)}，利息和费用${s.money(fees)}${touches}）`;
}

/** Deferral: what keeps accruing besides interest, per policy (review Z8, Z9). */
function zhAlsoAccrues(items: readonly string[] | undefined): string {
  return items && items.length > 0 ? `；${items.join('、')}按合同继续计收` : '';
}

function zhText(input: ReadBackInput): string {
  const { schedule, terms } = input;
  const s = speechFor('zh', terms.currency);
  const rows = payingRows(schedule);
  const runs = paymentRuns(rows);
  const intro = '跟您核对一下还款方案：';
  const approval = input.verdict === 'needsApproval' ? '该方案需经主管审批，审批结果我们会再跟您确认。' : '';
  const confirm = '请问是否正确？';
  const down =
    schedule.downPayment > 0 ? `今天${s.date(terms.today)}先还首付${s.money(schedule.downPayment)}，` : '';
  switch (schedule.type) {
    case 'full':
      return `${intro}您将于${s.date(rows[0]?.dueDate ?? terms.firstDueDate)}全额还款${s.money(schedule.totals.paid)}。${confirm}`;
    case 'minimum':
      return `${intro}您将于${s.date(rows[0]?.dueDate ?? terms.firstDueDate)}还最低还款额${s.money(schedule.totals.paid)}，剩余欠款${s.money(schedule.totals.outstanding)}仍需按账单继续还款。${confirm}`;
    case 'settlement': {
      const how =
        rows.length === 1
          ? `于${s.date(rows[0]?.dueDate ?? terms.firstDueDate)}一次性还款${s.money(schedule.totals.paid)}`
          : `共还${s.money(schedule.totals.paid)}，分${rows.length}次还清：${zhRuns(runs, s, '次')}`;
      return `${intro}您的欠款${s.money(schedule.balance)}${zhSettlementParts(input, s)}，减免${s.money(schedule.totals.waived)}后，${how}。须按约定日期足额还款，减免方可生效。${approval}${confirm}`;
    }
    case 'deferral': {
      const deferred = schedule.rows.filter((r) => r.kind === 'deferred');
      const accrued = deferred.reduce((sum, r) => sum + r.accrued, 0);
      const d = terms.deferral;
      const interest =
        accrued > 0
          ? `期间按月利率${formatRate(d?.monthlyRate ?? 0, 'zh-CN')}计息共${s.money(accrued)}，随之后的分期一并偿还`
          : '期间停止计息';
      const others = zhAlsoAccrues(d?.alsoAccrues);
      const firstDeferred = deferred[0]?.dueDate ?? terms.firstDueDate;
      const lastDeferred = deferred.at(-1)?.dueDate ?? terms.firstDueDate;
      return `${intro}欠款${s.money(schedule.balance)}，${down}${s.date(firstDeferred)}至${s.date(lastDeferred)}共${deferred.length}个月暂不还款，${interest}${others}；之后${rows.length > 1 ? `分${rows.length}期，${zhMonthlyDay(terms.dayOfMonth)}还款：${zhRuns(runs, s)}` : `于${s.date(rows[0]?.dueDate ?? lastDeferred)}一次性还款${s.money(rows[0]?.payment ?? 0)}`}。${zhCost(input, s)}。${approval}${confirm}`;
    }
    case 'instalmentFlat':
    case 'instalmentAmortising':
    case 'personalised': {
      const name = schedule.type === 'personalised' ? '个性化分期' : '分期';
      return `${intro}欠款${s.money(schedule.balance)}，${down}剩余${s.money(schedule.financed)}办理${name}，分${rows.length}期，${zhMonthlyDay(terms.dayOfMonth)}还款：${zhRuns(runs, s)}。${zhCost(input, s)}。${approval}${confirm}`;
    }
  }
}

function zhSummary(input: ReadBackInput): string {
  const { schedule } = input;
  const s = speechFor('zh', input.terms.currency);
  const rows = payingRows(schedule);
  const parts = [`${PLAN_TYPE_NAMES[schedule.type].zh}${rows.length > 1 ? ` ${rows.length}期` : ''}`];
  if (schedule.downPayment > 0) parts.push(`首付${s.money(schedule.downPayment)}（${input.terms.today}）`);
  if (schedule.type === 'deferral') {
    const deferred = schedule.rows.filter((r) => r.kind === 'deferred');
    parts.push(`延期${deferred.length}个月（${deferred[0]?.dueDate}至${deferred.at(-1)?.dueDate}）`);
  }
  parts.push(
    paymentRuns(rows)
      .map((r) => `${s.money(r.payment)}×${r.last - r.first + 1}`)
      .join('+'),
  );
  const first = rows[0]?.dueDate ?? '';
  const last = rows.at(-1)?.dueDate ?? '';
  parts.push(first === last ? first : `${first}至${last}`);
  if (schedule.totals.fee > 0) parts.push(`手续费${s.money(schedule.totals.fee)}`);
  if (schedule.totals.interest > 0) parts.push(`利息${s.money(schedule.totals.interest)}`);
  if (schedule.totals.waived > 0) parts.push(`减免${s.money(schedule.totals.waived)}`);
  if (schedule.totals.outstanding > 0) parts.push(`剩余欠款${s.money(schedule.totals.outstanding)}`);
  parts.push(`共还${s.money(schedule.totals.paid)}`);
  if (input.annualised && schedule.totals.cost > 0) {
    parts.push(`年化${s.rate(input.annualised.nominal)}（实际${s.rate(input.annualised.effective)}）`);
  }
  if (input.verdict === 'needsApproval') parts.push(input.approved ? '主管已批准' : '待主管审批');
  return parts.join('；');
}

// ---- English --------------------------------------------------------------------------------

function enRuns(runs: PaymentRun[], s: Speech): string {
  return runs
    .map((r) =>
      r.first === r.last
        ? `payment ${r.first} of ${s.money(r.payment)} on ${s.date(r.firstDate)}`
        : `payments ${r.first} to ${r.last} of ${s.money(r.payment)} each, from ${s.date(r.firstDate)} to ${s.date(r.lastDate)}`,
    )
    .join('; ');
}

function enMonthlyDay(day: number): string {
  return day >= 29
    ? `on the ${ordinal(day)} of each month (the last day in shorter months)`
    : `on the ${ordinal(day)} of each month`;
}

function enCost(input: ReadBackInput, s: Speech): string {
  const { totals } = input.schedule;
  const rows = payingRows(input.schedule);
  const fees = new Set(rows.map((r) => r.fee));
  const parts: string[] = [];
  if (totals.fee > 0) {
    const first = rows[0]?.fee ?? 0;
    parts.push(
      fees.size === 1
        ? `The fee is ${s.money(first)} a month, ${s.money(totals.fee)} in all`
        : `Fees come to ${s.money(totals.fee)}`,
    );
  }
  if (totals.interest > 0)
    parts.push(`${parts.length > 0 ? 'interest' : 'Interest'} comes to ${s.money(totals.interest)}`);
  if (parts.length === 0) parts.push('There is no fee and no interest');
  let text = `${parts.join('; ')}. In total you will pay ${s.money(totals.paid)}`;
  if (input.annualised && totals.cost > 0) {
    text += `, an annual rate of ${s.rate(input.annualised.nominal)} (${s.rate(input.annualised.effective)} effective)`;
  }
  return `${text}.`;
}

function enSettlementParts(input: ReadBackInput, s: Speech): string {
  const { principal } = input.terms;
  if (principal === undefined) return '';
  const fees = input.schedule.balance - principal;
  const paid = input.schedule.totals.paid;
  const touches =
    paid < principal
      ? `; ${s.money(principal - paid)} of the principal is waived`
      : '; only interest and fees are waived, not the principal';
  return ` (principal ${s.money(principal)}, interest and fees ${s.money(fees)}${touches})`;
}

function enAlsoAccrues(items: readonly string[] | undefined): string {
  return items && items.length > 0
    ? `, and ${items.join(', ')} continue to accrue under your card agreement`
    : '';
}

function enText(input: ReadBackInput): string {
  const { schedule, terms } = input;
  const s = speechFor('en', terms.currency);
  const rows = payingRows(schedule);
  const runs = paymentRuns(rows);
  const intro = 'Let me read the plan back to you: ';
  const approval =
    input.verdict === 'needsApproval'
      ? " This plan needs a supervisor's approval; we will confirm it with you."
      : '';
  const confirm = ' Is that correct?';
  const down =
    schedule.downPayment > 0
      ? `you pay ${s.money(schedule.downPayment)} today, ${s.date(terms.today)}, and `
      : '';
  switch (schedule.type) {
    case 'full':
      return `${intro}you will pay the full balance of ${s.money(schedule.totals.paid)} on ${s.date(rows[0]?.dueDate ?? terms.firstDueDate)}.${confirm}`;
    case 'minimum':
      return `${intro}you will pay the minimum due of ${s.money(schedule.totals.paid)} on ${s.date(rows[0]?.dueDate ?? terms.firstDueDate)}; the remaining ${s.money(schedule.totals.outstanding)} stays due under your statements.${confirm}`;
    case 'settlement': {
      const how =
        rows.length === 1
          ? `you pay ${s.money(schedule.totals.paid)} in one payment on ${s.date(rows[0]?.dueDate ?? terms.firstDueDate)}`
          : `you pay ${s.money(schedule.totals.paid)} in ${rows.length} payments: ${enRuns(runs, s)}`;
      return `${intro}of your balance of ${s.money(schedule.balance)}${enSettlementParts(input, s)}, ${s.money(schedule.totals.waived)} is waived and ${how}. The discount applies only if every payment is made in full on time.${approval}${confirm}`;
    }
    case 'deferral': {
      const deferred = schedule.rows.filter((r) => r.kind === 'deferred');
      const accrued = deferred.reduce((sum, r) => sum + r.accrued, 0);
      const d = terms.deferral;
      const interest =
        accrued > 0
          ? `interest of ${formatRate(d?.monthlyRate ?? 0, 'en-US')} a month accrues, ${s.money(accrued)} in all, paid with the instalments`
          : 'no interest accrues';
      const others = enAlsoAccrues(d?.alsoAccrues);
      const firstDeferred = deferred[0]?.dueDate ?? terms.firstDueDate;
      const lastDeferred = deferred.at(-1)?.dueDate ?? terms.firstDueDate;
      const after =
        rows.length > 1
          ? `${rows.length} instalments ${enMonthlyDay(terms.dayOfMonth)}: ${enRuns(runs, s)}`
          : `one payment of ${s.money(rows[0]?.payment ?? 0)} on ${s.date(rows[0]?.dueDate ?? lastDeferred)}`;
      return `${intro}on a balance of ${s.money(schedule.balance)}, ${down}you pay nothing for ${deferred.length} month${deferred.length > 1 ? 's' : ''}, ${s.date(firstDeferred)} to ${s.date(lastDeferred)}, while ${interest}${others}; then ${after}. ${enCost(input, s)}${approval}${confirm}`;
    }
    case 'instalmentFlat':
    case 'instalmentAmortising':
    case 'personalised': {
      const what =
        schedule.type === 'personalised'
          ? `${rows.length} monthly payments under a personalised instalment plan`
          : `${rows.length} monthly instalments`;
      return `${intro}on a balance of ${s.money(schedule.balance)}, ${down}the remaining ${s.money(schedule.financed)} is paid in ${what}, ${enMonthlyDay(terms.dayOfMonth)}: ${enRuns(runs, s)}. ${enCost(input, s)}${approval}${confirm}`;
    }
  }
}

function enSummary(input: ReadBackInput): string {
  const { schedule } = input;
  const s = speechFor('en', input.terms.currency);
  const rows = payingRows(schedule);
  const parts = [`${PLAN_TYPE_NAMES[schedule.type].en}${rows.length > 1 ? `, ${rows.length} payments` : ''}`];
  if (schedule.downPayment > 0) parts.push(`down ${s.money(schedule.downPayment)} (${input.terms.today})`);
  if (schedule.type === 'deferral') {
    const deferred = schedule.rows.filter((r) => r.kind === 'deferred');
    parts.push(`deferred ${deferred.length} mo (${deferred[0]?.dueDate} to ${deferred.at(-1)?.dueDate})`);
  }
  parts.push(
    paymentRuns(rows)
      .map((r) => `${s.money(r.payment)} x${r.last - r.first + 1}`)
      .join(' + '),
  );
  const first = rows[0]?.dueDate ?? '';
  const last = rows.at(-1)?.dueDate ?? '';
  parts.push(first === last ? first : `${first} to ${last}`);
  if (schedule.totals.fee > 0) parts.push(`fees ${s.money(schedule.totals.fee)}`);
  if (schedule.totals.interest > 0) parts.push(`interest ${s.money(schedule.totals.interest)}`);
  if (schedule.totals.waived > 0) parts.push(`waived ${s.money(schedule.totals.waived)}`);
  if (schedule.totals.outstanding > 0) parts.push(`still owed ${s.money(schedule.totals.outstanding)}`);
  parts.push(`total ${s.money(schedule.totals.paid)}`);
  if (input.annualised && schedule.totals.cost > 0) {
    parts.push(`APR ${s.rate(input.annualised.nominal)} (effective ${s.rate(input.annualised.effective)})`);
  }
  if (input.verdict === 'needsApproval')
    parts.push(input.approved ? 'approved by a supervisor' : 'pending supervisor approval');
  return parts.join('; ');
}
