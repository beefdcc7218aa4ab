// @vitest-environment jsdom
/**
 * A field's own Enter/Escape must leave the keys of a pinyin composition to the IME (session 7):
 * the Enter that commits "没钱" is not "add", the Escape that drops the candidates is not "cancel".
 */
import { fireEvent, render, screen } from '@testing-library/react';
import { OverrideReason } from '@/components/guard/OverrideReason';
import { AddByTitle } from '@/components/studio/list-controls';

describe('a field’s Enter and Escape during an IME composition', () => {
  it('adds by title on Enter, but not on the Enter that commits a composition', () => {
    const onAdd = vi.fn();
    render(<AddByTitle label="标题" button="添加" onAdd={onAdd} />);
    const box = screen.getByRole('textbox', { name: '标题' });
    fireEvent.change(box, { target: { value: 'meiq' } });
    fireEvent.keyDown(box, { key: 'Enter', isComposing: true });
    fireEvent.keyDown(box, { key: 'Enter', keyCode: 229 });
    expect(onAdd).not.toHaveBeenCalled();
    fireEvent.change(box, { target: { value: '没钱' } });
    fireEvent.keyDown(box, { key: 'Enter' });
    expect(onAdd).toHaveBeenCalledWith('没钱');
  });

  it('keeps the override reason on the Escape of a composition, cancels on a plain Escape', () => {
    const onCancel = vi.fn();
    render(
      <OverrideReason blocks={[]} title="继续" confirm="确认" onConfirm={vi.fn()} onCancel={onCancel} />,
    );
    const reason = screen.getAllByRole('textbox')[0] as HTMLElement;
    fireEvent.keyDown(reason, { key: 'Escape', isComposing: true });
    expect(onCancel).not.toHaveBeenCalled();
    fireEvent.keyDown(reason, { key: 'Escape' });
    expect(onCancel).toHaveBeenCalledTimes(1);
  });
});
