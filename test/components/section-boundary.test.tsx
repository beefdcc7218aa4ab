// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { account, duringCallHours, ready, renderPanel } from './render-panel';

// A Plan section that crashes while rendering (code review 2026-11 item 1).
vi.mock('@/components/plan/PlanSection', () => ({
  PlanSection: () => {
    throw new Error('render failed');
  },
}));

describe('a section that crashes', () => {
  // Inside the call window: at night the Guard's own alert would stand beside the section's.
  duringCallHours();

  it('shows one line there while the status strip, call bar and other sections keep working', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const user = userEvent.setup();
    await renderPanel(ready(account('CC5', '王芳', 321000, 12)));
    await screen.findByRole('button', { name: /开始通话/ });
    await user.keyboard('4');
    expect(await screen.findByRole('alert')).toHaveTextContent('「方案」分区出错');
    expect(screen.getByTestId('guard')).toBeInTheDocument();
    await user.keyboard('{Alt>}s{/Alt}');
    expect(await screen.findByRole('button', { name: /^结束通话/ })).toBeInTheDocument();
    await user.keyboard('2');
    expect(document.querySelector('.line--current')).toHaveTextContent('您好');
  });
});
