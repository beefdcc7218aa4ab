// @vitest-environment jsdom
/** Review 2026-11 item 7 in the note box: spelled, other-script and SSN numbers counted truly. */
import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Locale } from '@/lib/i18n';
import { setup } from './notes-host';

async function saveNote(locale: Locale, text: string) {
  const { db } = await setup({ locale });
  const box = screen.getByRole('textbox', { name: locale === 'en' ? 'Notes on this account' : '本账户笔记' });
  fireEvent.change(box, { target: { value: text } });
  await userEvent.click(screen.getByRole('button', { name: locale === 'en' ? /Save note/ : /保存笔记/ }));
  const saved = await screen.findByTestId('note-saved');
  await waitFor(async () => expect(await db.notes.count()).toBe(1));
  return { saved, stored: (await db.notes.toArray())[0]?.text };
}

describe('the save line after masking unseen forms', () => {
  it('counts a spelled phone, a slashed card and an Arabic-digit ID (zh-CN)', async () => {
    const { saved, stored } = await saveNote(
      'zh-CN',
      '电话一三八零零一三八零零零，卡号6225/8812/3452/1234，身份证 ١١٠١٠٥١٩٤٩١٢٣١٠٠٢X',
    );
    expect(saved).toHaveTextContent('已隐去 1 个卡号、1 个身份证号、1 个电话号码');
    expect(stored).toBe('电话*******8000，卡号6225/88**/****/1234，身份证 110*************2X');
  });

  it('names a Social Security number in English', async () => {
    const { saved, stored } = await saveNote('en', 'ssn 123-45-6789, cell 415 555 0134');
    expect(saved).toHaveTextContent('Masked 1 phone number(s), 1 Social Security number(s) or ITIN(s)');
    expect(stored).toBe('ssn ***-**-6789, cell *** *** 0134');
  });
});
