// @vitest-environment jsdom
/**
 * The field picker's keys on the CRM page: Enter picks the outlined element and Escape cancels,
 * but not while an IME composes in a CRM field (its Enter commits the pinyin; its Escape drops the
 * candidates).
 */
import { cancelPick, pickOnPage } from '@/lib/studio/picker-highlight';

function page() {
  document.body.innerHTML = '<label>姓名 <input id="name" value="张伟"></label>';
  return document.getElementById('name') as HTMLInputElement;
}

const key = (init: KeyboardEventInit) =>
  window.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true, cancelable: true, ...init }));

afterEach(() => cancelPick());

describe('the picker on a CRM page', () => {
  it('leaves the Enter and Escape of an IME composition to the IME, then picks on a plain Enter', async () => {
    const field = page();
    let settled = false;
    const picked = pickOnPage(document, 'pick').then((result) => {
      settled = true;
      return result;
    });
    field.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    key({ key: 'Enter', isComposing: true });
    key({ key: 'Escape', isComposing: true });
    key({ key: 'Enter', keyCode: 229 });
    await Promise.resolve();
    expect(settled).toBe(false);
    key({ key: 'Enter' });
    expect(await picked).not.toBeNull();
  });

  it('cancels on a plain Escape', async () => {
    page();
    const picked = pickOnPage(document, 'pick');
    key({ key: 'Escape' });
    expect(await picked).toBeNull();
  });
});
