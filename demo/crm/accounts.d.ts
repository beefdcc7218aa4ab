/** Types of the demo CRM's data (accounts.js is plain JavaScript, served without a build). */
export interface DemoRepayment {
  date: string;
  amount: number;
  channel: string;
  status: string;
}

export interface DemoContact {
  at: string;
  channel: string;
  result: string;
  agent: string;
  note: string;
}

export interface DemoAccount {
  key: string;
  name: string;
  overdueAmount: number | undefined;
  balance: number | undefined;
  /** The principal part of the balance; the rest is interest and fees (issue 13 §3). */
  principal?: number;
  minimumDue: number | undefined;
  dpd: number | undefined;
  dueDate: string | undefined;
  phone: string | undefined;
  region: string | undefined;
  timezone: string | undefined;
  flags: string[];
  hardship: boolean;
  brokenPromises: number | undefined;
  cardLast4: string | undefined;
  product: string | undefined;
  idMasked: string;
  creditLimit: number;
  statementDay: number;
  /** The CRM's own counts for the whole institution (issue 12 §4); the Guard uses the larger. */
  counts?: { attemptsToday: number; attempts7d: number; connectsToday: number; lastConversation?: string };
  /** Numbers a third party asked us never to call again (flag `tp-no-contact`, per number). */
  tpNoContact?: string[];
  /** What a row shows instead of the formatted value (`暂无`, `未知`). */
  shown?: Partial<Record<'minimumDue' | 'dpd', string>>;
  repayments: DemoRepayment[];
  contacts: DemoContact[];
  remark: string;
}

export const FLAG_NAMES: Record<string, string>;
export const ACCOUNTS: DemoAccount[];
export function bucketOf(dpd: number): string;
export function formatMoney(fen: number): string;
