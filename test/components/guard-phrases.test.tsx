// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import { PhraseHints } from '@/components/guard/PhraseHints';
import { I18nProvider } from '@/components/shell/i18n';
import type { Locale } from '@/lib/i18n';
import enPackJson from '@/lib/pack/defaults/en-US.json';
import zhPackJson from '@/lib/pack/defaults/zh-CN.json';
import { parsePack } from '@/lib/pack/parse';
import type { Pack } from '@/lib/pack/schema';

function load(json: unknown): Pack {
  const parsed = parsePack(json);
  if (!parsed.ok) throw new Error(parsed.errors[0]?.message.en);
  return parsed.pack;
}
const zh = load(zhPackJson);
const en = load(enPackJson);

function show(text: string, pack: Pack = zh, locale: Locale = 'zh-CN') {
  return render(
    <I18nProvider locale={locale}>
      <PhraseHints text={text} rules={pack.rules} />
    </I18nProvider>,
  );
}

describe('PhraseHints', () => {
  it('renders nothing for clean text', () => {
    const { container } = show('客户说下周五发工资后还最低还款额。');
    expect(container).toBeEmptyDOMElement();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('marks a threat in red with its category and the compliant alternative', () => {
    show('再不还就让你坐牢');
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('发现 1 处禁用语');
    const mark = alert.querySelector('mark') as HTMLElement;
    expect(mark).toHaveTextContent('让你坐牢');
    expect(mark).toHaveClass('phrase-hint__phrase');
    const hint = mark.closest('li') as HTMLElement;
    expect(within(hint).getByText('威胁恐吓')).toBeInTheDocument();
    expect(hint).toHaveTextContent('改为：只讲合同约定和规定的事实');
  });

  it('marks what the agent typed, spaces and full-width letters included', () => {
    show('你 是 老 赖');
    expect(screen.getByRole('alert').querySelector('mark')).toHaveTextContent('老 赖');
  });

  it('marks a phrase broken up by marks inside its words, the marks included (guard round 14)', () => {
    show('再不还就让您坐·-·牢');
    expect(screen.getByRole('alert').querySelector('mark')).toHaveTextContent('让您坐·-·牢');
  });

  it('marks an English word spelled out letter by letter, its separators included', () => {
    show('If you do not pay we will put you in j.a.i.l', en, 'en');
    expect(screen.getByRole('alert').querySelector('mark')).toHaveTextContent('put you in j.a.i.l');
  });

  it('lists each phrase once with a count, and each category found', () => {
    // Police words count only in threat shapes (issue 12 §10): 移交公安 is one.
    show('老赖，真是老赖。我们会联系你的紧急联系人，还会移交公安');
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('发现 3 处禁用语');
    const items = within(alert).getAllByRole('listitem');
    expect(items.map((li) => li.getAttribute('data-phrase'))).toEqual([
      '老赖',
      '联系你的紧急联系人',
      // The phrase as the pack spells it, alternatives and all.
      '移交(公安|司法|法务|法院|经侦)',
    ]);
    expect(items[0]).toHaveTextContent('×2');
    expect(items[0]).toHaveTextContent('侮辱贬低');
    expect(items[1]).toHaveTextContent('侵犯隐私');
    expect(items[2]).toHaveTextContent('虚假法律后果');
  });

  it('works with the en-US pack and English UI', () => {
    show('If you do not pay you will go to jail.', en, 'en');
    const alert = screen.getByRole('alert');
    expect(alert.querySelector('mark')?.textContent?.toLowerCase()).toContain('jail');
    expect(alert).toHaveTextContent('Instead:');
  });

  it('updates as the text changes', () => {
    const { rerender } = show('让你坐牢');
    expect(screen.getByRole('alert')).toBeInTheDocument();
    rerender(
      <I18nProvider locale="zh-CN">
        <PhraseHints text="按合同约定处理" rules={zh.rules} />
      </I18nProvider>,
    );
    expect(screen.queryByRole('alert')).toBeNull();
  });
});

describe("PhraseHints in a note: the customer's words are hints, not violations", () => {
  it('shows a threat the note attributes to the customer apart, without an alert', () => {
    show('客户说要去派出所告我们，还说再打就曝光我们。');
    expect(screen.queryByRole('alert')).toBeNull();
    const status = screen.getByTestId('customer-words');
    expect(status).toHaveAttribute('role', 'status');
    expect(status).toHaveTextContent('曝光');
  });
});
