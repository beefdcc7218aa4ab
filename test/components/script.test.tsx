// @vitest-environment jsdom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { account, duringCallHours, ready, renderPanel } from './render-panel';

const press = (key: string, init: { code?: string; altKey?: boolean } = {}) =>
  fireEvent.keyDown(document.body, { key, ...init });
const chord = (letter: string) => press(letter, { code: `Key${letter.toUpperCase()}`, altKey: true });

duringCallHours();

describe('the script section', () => {
  it('shows the segment and why it was chosen, with the CRM’s words', async () => {
    await renderPanel(ready(account('CC1', '张伟', 1234567, 75)));
    expect(screen.getByTestId('segment-name')).toHaveTextContent('后期 M3+（逾期61天以上）');
    expect(screen.getByText(/依据：逾期天数 75，不少于 61/)).toBeInTheDocument();
  });

  it('names the account key as the header does, never by its field id (live-call walk 9)', async () => {
    await renderPanel(ready(account('CC1', '王芳', 321000, 12)));
    expect(screen.getByTestId('segment-name')).toHaveTextContent('早期 M1（其余账户）');
    const why = screen.getByTestId('segment-name').parentElement?.parentElement as HTMLElement;
    expect(why).toHaveTextContent('依据：账户：CC1');
    expect(why.textContent).not.toMatch(/accountKey/);
  });

  it('writes the segment line with the colon of the UI language (en: no full-width ：)', async () => {
    await renderPanel(ready(account('CC1', 'Wang Fang', 1234567, 75)), { locale: 'en' });
    const line = screen.getByTestId('segment-name').parentElement as HTMLElement;
    expect(line.textContent).toMatch(/^Segment: 后期 M3\+/);
  });

  it('prints when a line was said and when the CRM was read on a 24-hour clock, whatever the browser’s locale', async () => {
    await renderPanel(ready(account('CC1', '王芳', 321000, 12)));
    chord('s');
    await screen.findByRole('button', { name: /^结束通话/ });
    fireEvent.click(screen.getAllByRole('button', { name: /标记已说/ })[0] as HTMLElement);
    const said = await screen.findByText(/已说/, { selector: '.line__said' });
    expect(said.textContent).toMatch(/已说 \d{2}:\d{2}:\d{2}$/);
    const readAt = document.querySelector('[data-field="name"]')?.textContent ?? '';
    expect(readAt).toMatch(/读取时间 \d{2}:\d{2}:\d{2}/);
    expect(`${said.textContent} ${readAt}`).not.toMatch(/AM|PM/);
  });

  it('fills the customer’s name and marks a missing value as “check before you say it”', async () => {
    await renderPanel(ready(account('CC1', '王芳', 321000, 12)));
    expect(document.querySelector('[data-line-id="e-identify-who"]')).toHaveTextContent(
      '请问您是王芳本人吗？',
    );
    await userEvent.click(screen.getByRole('button', { name: 'A 是本人' }));
    // The fixture has no cardLast4: the placeholder stays visible and the line is flagged.
    const purpose = document.querySelector('[data-line-id="e-disclose-purpose"]') as HTMLElement;
    expect(within(purpose).getByText('{{cardLast4}}')).toHaveClass('var--missing');
    expect(within(purpose).getByRole('note')).toHaveTextContent('说之前核对：cardLast4 缺失');
    expect(purpose).toHaveTextContent('逾期金额是¥3,210.00');
  });

  it('follows the script with the keyboard: lines, stages, back, key map', async () => {
    await renderPanel(ready(account('CC1', '王芳', 321000, 12)));
    const current = () => document.querySelector('.line--current')?.getAttribute('data-line-id');
    expect(current()).toBe('e-identify-greet');
    press('j');
    expect(current()).toBe('e-identify-who');
    press('k');
    expect(current()).toBe('e-identify-greet');
    press('n');
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('核实身份 · 说明来意');
    press('p');
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('开场 · 确认本人');
    press('?');
    const keyMap = screen.getByRole('dialog', { name: '快捷键' });
    expect(within(keyMap).getByRole('region', { name: '话术' })).toHaveTextContent('N');
    expect(keyMap).toHaveTextContent('下一阶段');
    expect(keyMap).toHaveTextContent('Alt+S');
    fireEvent.keyDown(within(keyMap).getByRole('button', { name: /关闭/ }), { key: 'Escape' });
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('asks to start the call before a line is marked said, then records lines and checklist ticks', async () => {
    const { db } = await renderPanel(ready(account('CC7', '王芳', 321000, 12)));
    await screen.findByRole('button', { name: /开始通话/ });
    press(' ');
    expect(screen.getByText('先开始通话（Alt+S）再标记已说')).toBeInTheDocument();
    press('s');
    expect(screen.queryByRole('button', { name: /^结束通话/ })).toBeNull();
    chord('s');
    await screen.findByRole('button', { name: /^结束通话/ });
    press(' ');
    await waitFor(async () => {
      const [call] = await db.calls.toArray();
      expect(call?.linesSaid.map((l) => l.lineId)).toEqual(['e-identify-greet']);
      expect(call?.checklist['recording-notice']?.by).toBe('line');
    });
    expect(await screen.findByText(/✓ 已说/)).toBeInTheDocument();
  });

  it('goes into third-party mode and hides every line that would disclose the debt', async () => {
    await renderPanel(ready(account('CC1', '王芳', 321000, 12)));
    press('b');
    expect(await screen.findByTestId('third-party-mode')).toHaveTextContent('第三方模式');
    const lines = screen.getByRole('list', { name: '他人接听 · 只留言' });
    expect(lines).toHaveTextContent('请王芳回电');
    expect(lines).not.toHaveTextContent(/逾期|欠款|信用卡/);
  });

  it('records a segment switched by hand', async () => {
    await renderPanel(ready(account('CC1', '王芳', 321000, 12)));
    await userEvent.selectOptions(screen.getByRole('combobox', { name: '切换分群' }), 'seg-late');
    expect(screen.getByTestId('segment-name')).toHaveTextContent('后期');
    expect(screen.getByText('手动选择')).toBeInTheDocument();
  });

  it('asks the agent to open an account when there is none', async () => {
    await renderPanel({
      status: 'ready',
      report: { kind: 'none', adapterId: 'demo-crm', url: 'u', readAt: 0, reason: 'x' },
    });
    expect(screen.getByText('打开客户页面后，这里显示该客户分群的话术。')).toBeInTheDocument();
  });
});
