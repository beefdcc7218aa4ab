// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import type { ActivePack } from '@/lib/pack/store';
import { account, altChord, defaultPack, duringCallHours, ready, renderPanel } from './render-panel';

duringCallHours();

const guardStatus = () => within(screen.getByTestId('guard')).getByRole('status');

/** Starts a call by key and ends it without any outcome: the call dropped. */
async function dropCall(count: number) {
  await screen.findByRole('button', { name: /开始通话/ });
  altChord('s');
  await waitFor(() => expect(screen.getByTestId('call-status')).toHaveTextContent('通话中'));
  await waitFor(() => expect(guardStatus()).toHaveTextContent(`今日第 ${count} 次`));
  // Ending a call not wrapped up asks first; Alt+E again confirms.
  altChord('e');
  await screen.findByRole('alertdialog');
  altChord('e');
  await screen.findByRole('button', { name: /开始通话/ });
}

/** The default pack with its unanswered cap lowered to `max` (blocking, as the default's is). */
function capAt(max: number): ActivePack {
  const base = defaultPack();
  if (!base.ok) throw new Error('default pack');
  const rules = base.pack.rules.map((rule) =>
    rule.type === 'attemptCap' && rule.counts === 'unanswered' ? { ...rule, maxPerDay: max } : rule,
  );
  return { ...base, pack: { ...base.pack, rules } };
}

describe('a dropped call and its redial (live-call walk 11 §1)', () => {
  it('counts every started call, whatever its outcome: the third call is attempt 3 with 2 before it', async () => {
    const { db } = await renderPanel(ready(account('CC41', '王芳', 321000, 12)));
    await dropCall(1);
    await dropCall(2);
    altChord('s');
    await waitFor(() => expect(screen.getByTestId('call-status')).toHaveTextContent('通话中'));
    await waitFor(() => expect(guardStatus()).toHaveTextContent('今日第 3 次'));
    expect(screen.getByTestId('guard')).toHaveTextContent(
      '今日第 3 次拨打（已有未接通拨打 2 次，上限 6 次）',
    );
    const calls = await db.calls.toArray();
    expect(calls).toHaveLength(3);
    expect(calls.every((c) => c.disposition === undefined)).toBe(true);
  });

  it('a cap reached by dropped redials blocks the next start like any other', async () => {
    const { db } = await renderPanel(ready(account('CC42', '王芳', 321000, 12)), { pack: capAt(2) });
    await dropCall(1);
    await dropCall(2);
    await waitFor(() => expect(screen.getByTestId('guard')).toHaveAttribute('data-level', 'block'));
    expect(screen.getByTestId('guard')).toHaveTextContent('今日已达上限');
    altChord('s');
    // Blocked: the start asks for a reason and records no third call.
    await screen.findByText('合规规则禁止现在拨打。确需拨打，请写明原因：');
    expect(await db.calls.count()).toBe(2);
    expect(screen.getByTestId('call-status')).toHaveTextContent('未在通话');
  });

  it('counts calls started since the Guard last read the clock (its 30 s tick)', async () => {
    await renderPanel(ready(account('CC43', '王芳', 321000, 12)));
    // The clock moves on between the Guard's ticks: redials a few seconds apart still count.
    vi.setSystemTime(new Date('2026-06-15T10:00:05+08:00'));
    await dropCall(1);
    vi.setSystemTime(new Date('2026-06-15T10:00:09+08:00'));
    await dropCall(2);
    await waitFor(() => expect(guardStatus()).toHaveTextContent('今日第 3 次'));
  });
});
