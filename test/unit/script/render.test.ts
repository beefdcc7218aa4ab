import { render } from '@/lib/script/render';
import { variablesOf } from '@/lib/script/template';
import { contextWith, pack } from './script-fixture';

const agent = { name: '王芳', id: 'A1024' };

describe('rendering script text', () => {
  it('fills CRM values, constants and the agent, with formatters', () => {
    const context = contextWith({
      name: '张伟',
      overdueAmount: 1234567,
      dpd: 75,
      dueDate: '2026-09-15',
      phone: '13800138000',
    });
    const out = render(
      '{{agent.name}}（工号{{agent.id}}）代表{{bank.name}}：{{name}}，逾期{{overdueAmount|money}}，{{dpd}}天，到期日{{dueDate|date}}，电话{{phone|masked}}',
      { context, pack, agent },
    );
    expect(out.text).toBe(
      '王芳（工号A1024）代表示例银行：张伟，逾期¥12,345.67，75天，到期日2026年9月15日，电话*******8000',
    );
    expect(out.missing).toEqual([]);
  });

  it('formats for an English pack', () => {
    const context = contextWith({ overdueAmount: 250000, dueDate: '2026-03-01', rate: 0.1234 });
    const en = { ...pack, locale: 'en-US', currency: 'USD' };
    expect(
      render('{{overdueAmount|money}} by {{dueDate|date}} at {{rate|percent}}', { context, pack: en, agent })
        .text,
    ).toBe('$2,500.00 by March 1, 2026 at 12.34%');
  });

  it('never renders a missing value as empty: it stays a visible placeholder and is reported', () => {
    const out = render('您好{{name}}，逾期{{overdueAmount|money}}。{{agent.name}}', {
      context: contextWith({ name: '李娜' }),
      pack,
      agent: { name: ' ', id: '' },
    });
    expect(out.missing).toEqual(['overdueAmount', 'agent.name']);
    expect(out.text).toBe('您好李娜，逾期{{overdueAmount}}。{{agent.name}}');
    expect(out.parts.filter((p) => p.kind === 'missing').map((p) => p.name)).toEqual([
      'overdueAmount',
      'agent.name',
    ]);
  });

  it('keeps HTML in pack text as plain text parts', () => {
    const out = render('<img src=x onerror=alert(1)>{{name}}', {
      context: contextWith({ name: '<b>x</b>' }),
      pack,
      agent,
    });
    expect(out.parts).toEqual([
      { kind: 'text', text: '<img src=x onerror=alert(1)>' },
      { kind: 'value', name: 'name', text: '<b>x</b>' },
    ]);
  });

  it('does not resolve prototype names as fields', () => {
    expect(render('{{constructor}}', { context: contextWith({}), pack, agent }).missing).toEqual([
      'constructor',
    ]);
  });

  it('lists the variables a template uses', () => {
    expect(variablesOf('{{ name }} {{dpd|percent}} {{bank.name}} {{bad|nope}}')).toEqual([
      'name',
      'dpd',
      'bank.name',
    ]);
  });
});
