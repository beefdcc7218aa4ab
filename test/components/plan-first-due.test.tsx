// @vitest-environment jsdom
/** The first due date typed as the customer says it (15号, 下月15号, Friday), read back beside the field. */
import { waitFor, within } from '@testing-library/react';
import { liQiang, onThePlanDay, openPlan } from './plan-section';

// Saturday 28 November 2026 in Shanghai: the pack's calendar day of the call.
onThePlanDay();

async function firstDueBox() {
  const { user, section } = await openPlan(liQiang());
  return { user, box: within(section).getByLabelText(/首个还款日/) };
}

const noteOf = (box: HTMLElement) => document.getElementById(box.getAttribute('aria-describedby') ?? '');

describe('the first due date as the agent types it', () => {
  it('reads 下月15号 and says the date it read', async () => {
    const { user, box } = await firstDueBox();
    await user.click(box);
    await user.keyboard('下月15号');
    await waitFor(() => expect(noteOf(box)).toHaveTextContent('读作 2026年12月15日'));
    expect(box).not.toHaveAttribute('aria-invalid');
  });

  it('says what to write for a text it cannot read, and that a day does not exist', async () => {
    const { user, box } = await firstDueBox();
    await user.click(box);
    await user.keyboard('下下周');
    await waitFor(() => expect(box).toHaveAttribute('aria-invalid', 'true'));
    expect(noteOf(box)).toHaveTextContent('读不出日期');
    await user.clear(box);
    await user.keyboard('2月30日');
    await waitFor(() => expect(noteOf(box)).toHaveTextContent('没有这一天'));
  });

  it('says nothing back for yyyy-mm-dd, which is already plain', async () => {
    const { user, box } = await firstDueBox();
    await user.click(box);
    await user.keyboard('2026-12-20');
    await waitFor(() => expect(noteOf(box)).toHaveTextContent('留空'));
    expect(box).not.toHaveAttribute('aria-invalid');
  });
});
