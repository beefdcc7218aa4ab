// @vitest-environment jsdom
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readSettings } from '@/lib/settings';
import { account, ready, renderPanel } from './render-panel';

const text = (value: string, label: string) => ({
  raw: value,
  value,
  parse: 'text' as const,
  source: { label },
});

describe('the agent’s name and number (issue 15 item 5)', () => {
  it('come from the CRM when the adapter reads them, and nothing is asked', async () => {
    const context = account('CC3', '王芳', 321000, 12);
    context.fields.agentName = text('李娜', '坐席');
    context.fields.agentId = text('A0382', '工号');
    await renderPanel(ready(context));
    await screen.findByRole('button', { name: /开始通话/ });
    expect(screen.queryByRole('form', { name: /姓名和工号/ })).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'A 是本人' }));
    const agentLine = document.querySelector('[data-line-id="e-disclose-agent"]');
    expect(agentLine).toHaveTextContent('李娜');
    expect(agentLine).toHaveTextContent('A0382');
    expect(agentLine).not.toHaveTextContent('{{agent.name}}');
  });

  it('are asked for on first use when the CRM does not show them, and kept in the settings', async () => {
    const user = userEvent.setup();
    await renderPanel(ready(account('CC4', '王芳', 321000, 12)), { agent: { name: '', id: '' } });
    await screen.findByRole('button', { name: /开始通话/ });
    await screen.findByRole('form', { name: /姓名和工号/ });
    await user.click(screen.getByRole('button', { name: '保存' }));
    expect(await screen.findByText('姓名和工号都要填写。')).toBeInTheDocument();
    await user.type(screen.getByRole('textbox', { name: '姓名' }), '赵敏');
    await user.type(screen.getByRole('textbox', { name: '工号' }), 'B1207');
    await user.click(screen.getByRole('button', { name: '保存' }));
    await waitFor(async () =>
      expect(await readSettings()).toMatchObject({ agentName: '赵敏', agentId: 'B1207' }),
    );
  });
});
