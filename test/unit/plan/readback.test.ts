import { languageOf, paymentRuns } from '../../../lib/plan/readback';
import { agreedPlan, promiseToPay } from '../../../lib/plan/record';
import { computePlan, type PlanRequest } from '../../../lib/plan/request';
import { cnPolicy, usPolicy } from './fixtures';

const flat: PlanRequest = {
  type: 'instalmentFlat',
  balance: 1_000_000,
  periods: 12,
  today: '2026-02-15',
  policy: cnPolicy,
};

describe('read-back in the pack’s language', () => {
  it('zh-CN: ¥10,000 over 12 periods, exact amounts and dates, ending with a question', () => {
    const { readBack } = computePlan({ ...flat, locale: 'zh-CN' });
    expect(readBack.language).toBe('zh');
    expect(readBack.text).toBe(
      '跟您核对一下还款方案：欠款¥10,000.00，剩余¥10,000.00办理分期，分12期，每月15日还款：' +
        '第1期2026年3月15日还¥893.37；第2至12期每期还¥893.33（2026年4月15日至2027年2月15日）。' +
        '每期手续费¥60.00，手续费合计¥720.00，共计还款¥10,720.00，折合年化利率13.03%（按复利计实际年化13.84%）。请问是否正确？',
    );
    expect(readBack.summary).toBe(
      '分期还款 12期；¥893.37×1+¥893.33×11；2026-03-15至2027-02-15；手续费¥720.00；共还¥10,720.00；年化13.03%（实际13.84%）',
    );
  });

  it('en-US: an amortising plan with a down payment, the last payment absorbing the rounding', () => {
    const { readBack } = computePlan({
      type: 'instalmentAmortising',
      balance: 500_000,
      downPayment: 50_000,
      periods: 12,
      today: '2026-01-15',
      policy: usPolicy,
      currency: 'USD',
      locale: 'en-US',
    });
    expect(readBack.language).toBe('en');
    expect(readBack.text).toBe(
      'Let me read the plan back to you: on a balance of $5,000.00, you pay $500.00 today, January 15, 2026, ' +
        'and the remaining $4,500.00 is paid in 12 monthly instalments, on the 15th of each month: ' +
        'payments 1 to 11 of $399.82 each, from February 15, 2026 to December 15, 2026; payment 12 of $399.81 on January 15, 2027. ' +
        'Interest comes to $297.83. In total you will pay $5,297.83, an annual rate of 12.00% (12.68% effective). Is that correct?',
    );
    expect(readBack.summary).toBe(
      'Instalment (amortising), 12 payments; down $500.00 (2026-01-15); $399.82 x11 + $399.81 x1; 2026-02-15 to 2027-01-15; ' +
        'interest $297.83; total $5,297.83; APR 12.00% (effective 12.68%)',
    );
  });

  it('says when the dates fall on the month’s end', () => {
    const zh = computePlan({ ...flat, periods: 6, today: '2026-01-31' }).readBack.text;
    expect(zh).toContain('每月31日（当月没有31日的为月末最后一天）还款');
    expect(zh).toContain(
      '第1期2026年2月28日还¥1,731.70；第2至6期每期还¥1,731.66（2026年3月31日至2026年7月31日）',
    );
    const en = computePlan({ ...flat, periods: 6, today: '2026-01-31', locale: 'en-US' }).readBack.text;
    expect(en).toContain('on the 31st of each month (the last day in shorter months)');
  });

  it('full and minimum payments', () => {
    expect(computePlan({ type: 'full', balance: 1_234_567, today: '2026-03-01' }).readBack.text).toBe(
      '跟您核对一下还款方案：您将于2026年3月1日全额还款¥12,345.67。请问是否正确？',
    );
    const minimum = computePlan({
      type: 'minimum',
      balance: 3_800_000,
      minimumDue: 123_450,
      today: '2026-03-01',
      locale: 'en-US',
    });
    expect(minimum.readBack.text).toBe(
      'Let me read the plan back to you: you will pay the minimum due of CN¥1,234.50 on March 1, 2026; ' +
        'the remaining CN¥36,765.50 stays due under your statements. Is that correct?',
    );
  });

  it('settlement: the waived part, each payment, the condition, and a pending approval', () => {
    const result = computePlan({
      type: 'settlement',
      balance: 1_000_000,
      settlementAmount: 800_000,
      payments: 3,
      today: '2026-03-31',
      policy: cnPolicy,
    });
    expect(result.verdict).toBe('needsApproval');
    expect(result.readBack.text).toBe(
      '跟您核对一下还款方案：您的欠款¥10,000.00，减免¥2,000.00后，共还¥8,000.00，分3次还清：' +
        '第1次2026年3月31日还¥2,666.68；第2至3次每次还¥2,666.66（2026年4月30日至2026年5月31日）。' +
        '须按约定日期足额还款，减免方可生效。该方案需经主管审批，审批结果我们会再跟您确认。请问是否正确？',
    );
    expect(result.readBack.summary).toContain('减免¥2,000.00');
    expect(result.readBack.summary).toContain('待主管审批');
    const en = computePlan({
      type: 'settlement',
      balance: 1_000_000,
      discountRate: 0.1,
      today: '2026-03-31',
      policy: cnPolicy,
      locale: 'en-US',
    });
    expect(en.readBack.text).toBe(
      'Let me read the plan back to you: of your balance of CN¥10,000.00, CN¥1,000.00 is waived and you pay CN¥9,000.00 ' +
        'in one payment on March 31, 2026. The discount applies only if every payment is made in full on time. Is that correct?',
    );
  });

  it('deferral: the months without payment, the interest, then the instalments', () => {
    const request: PlanRequest = {
      type: 'deferral',
      balance: 1_000_000,
      downPayment: 100_000,
      deferralMonths: 3,
      periods: 6,
      today: '2026-01-31',
      policy: cnPolicy,
    };
    const zh = computePlan(request).readBack.text;
    expect(zh).toContain('今天2026年1月31日先还首付¥1,000.00，2026年2月28日至2026年4月30日共3个月暂不还款');
    expect(zh).toContain('期间按月利率0.5%计息共¥135.00，随之后的分期一并偿还');
    expect(zh).toContain('第1至6期每期还¥1,581.00（2026年5月31日至2026年10月31日）');
    const en = computePlan({ ...request, locale: 'en-US' }).readBack.text;
    expect(en).toContain(
      'you pay nothing for 3 months, February 28, 2026 to April 30, 2026, while interest of 0.5% a month accrues, CN¥135.00 in all',
    );
    const frozen = computePlan({
      type: 'deferral',
      balance: 600_000,
      deferralMonths: 2,
      deferralInterest: 'frozen',
      today: '2026-01-10',
    }).readBack.text;
    expect(frozen).toContain('期间停止计息；之后于2026年4月10日一次性还款¥6,000.00。不收手续费和利息');
  });

  it('personalised: needs approval, said in both languages', () => {
    const request: PlanRequest = {
      type: 'personalised',
      balance: 3_800_000,
      periods: 60,
      hardship: true,
      today: '2026-01-05',
      policy: cnPolicy,
    };
    expect(computePlan(request).readBack.text).toContain(
      '办理个性化分期，分60期，每月5日还款：第1期2026年2月5日还¥633.53；第2至60期每期还¥633.33（2026年3月5日至2031年1月5日）',
    );
    expect(computePlan(request).readBack.text).toContain('该方案需经主管审批');
    expect(computePlan({ ...request, locale: 'en-US' }).readBack.text).toContain(
      "This plan needs a supervisor's approval",
    );
  });

  it('every amount and date of the schedule is in the text', () => {
    const result = computePlan({
      type: 'instalmentAmortising',
      balance: 123_456,
      periods: 6,
      today: '2026-05-31',
      policy: usPolicy,
      downPayment: 12_346,
      currency: 'USD',
      locale: 'en-US',
    });
    const runs = paymentRuns(result.schedule);
    for (const run of runs) {
      expect(result.readBack.text).toContain(`$${(run.payment / 100).toFixed(2)}`);
      expect(result.readBack.summary).toContain(run.firstDate);
    }
  });

  it('picks the language from the locale', () => {
    expect(languageOf('zh-CN')).toBe('zh');
    expect(languageOf('zh-TW')).toBe('zh');
    expect(languageOf('en-US')).toBe('en');
    expect(languageOf('fr-FR')).toBe('en');
  });
});

describe('what "agreed" writes to the call', () => {
  it('the plan: type, summary, dated payments with the down payment first', () => {
    const result = computePlan({
      type: 'deferral',
      balance: 1_000_000,
      downPayment: 100_000,
      deferralMonths: 3,
      periods: 2,
      monthlyFeeRate: 0,
      today: '2026-01-31',
      policy: cnPolicy,
    });
    const plan = agreedPlan(result);
    expect(plan.type).toBe('deferral');
    expect(plan.summary).toBe(result.readBack.summary);
    expect(plan.schedule).toEqual([
      { date: '2026-01-31', amount: 100_000 },
      { date: '2026-05-31', amount: 456_750 },
      { date: '2026-06-30', amount: 456_750 },
    ]);
    expect(promiseToPay(result)).toEqual({ date: '2026-01-31', amount: 100_000 });
  });

  it('the promise: the first payment when there is no down payment', () => {
    expect(promiseToPay(computePlan(flat))).toEqual({ date: '2026-03-15', amount: 89_337 });
  });
});

describe('recording a plan a supervisor approved', () => {
  it('keeps the approval time and says "approved" in the stored summary', () => {
    const result = computePlan({
      type: 'personalised',
      balance: 1_000_000,
      periods: 36,
      hardship: true,
      today: '2026-06-15',
      policy: cnPolicy,
    });
    expect(result.verdict).toBe('needsApproval');
    expect(agreedPlan(result).summary).toContain('待主管审批');
    const approved = agreedPlan(result, { at: 42 });
    expect(approved.approvedAt).toBe(42);
    expect(approved.summary).toContain('主管已批准');
    expect(approved.summary).not.toContain('待主管审批');
  });
});
