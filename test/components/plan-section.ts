/** 李强's account on the demo CRM and the plan section opened on it, for the plan's component tests. */
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { AccountContext, FieldReading } from '@/lib/crm/context';
import { type CallAssistDB, startCall } from '@/lib/db';
import { account, defaultPack, ready, renderPanel } from './render-panel';

/**
 * 11:00 in Shanghai (inside the call window): the pack's calendar day is 2026-11-28. Only Date is
 * faked, so Testing Library's waits still run on real timers.
 */
export function onThePlanDay() {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-28T03:00:00Z'));
  });
  afterEach(() => {
    vi.useRealTimers();
  });
}

export const money = (value: number, label: string): FieldReading => ({
  raw: String(value),
  value,
  parse: 'money',
  source: { label },
});

/** 李强 of the demo CRM: M2 (45 days), ¥24,500.00 owed, ¥980.00 minimum due. */
export function liQiang(extra: Record<string, FieldReading> = {}): AccountContext {
  const context = account('CC20240003', '李强', 876543, 45);
  context.fields.balance = money(2450000, '欠款总额');
  context.fields.minimumDue = money(98000, '最低还款额');
  Object.assign(context.fields, extra);
  return context;
}

export async function openPlan(context: AccountContext) {
  const user = userEvent.setup();
  const rendered = await renderPanel(ready(context));
  await screen.findByRole('button', { name: /开始通话/ });
  await user.keyboard('4');
  const section = document.getElementById('section-plan') as HTMLElement;
  expect(section).toBeVisible();
  return { user, section, ...rendered };
}

export async function begin(db: CallAssistDB, accountKey = 'CC20240003', segmentId = 'seg-mid') {
  const pack = defaultPack();
  if (!pack.ok) throw new Error('pack');
  const started = await startCall(db, {
    accountKey,
    adapterId: 'demo-crm',
    packId: pack.pack.id,
    packVersion: pack.pack.version,
    segmentId,
  });
  if (!started.ok) throw new Error('call not started');
  await screen.findByRole('button', { name: /^结束通话/ });
  return started.call.id;
}
