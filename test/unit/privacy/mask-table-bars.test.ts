/**
 * Red team 11: masking a grouped card right before " | " dropped one space ("1111| …"): the
 * separator was read as a space and an empty group. The mask changes only the digits it hides.
 */

import { maskPersonalNumbers } from '@/lib/privacy/mask';

describe('a card beside a table bar (red team 11)', () => {
  it.each([
    ['4111 1111 1111 1111 | 2024', '4111 11** **** 1111 | 2024'],
    ['卡号 4111 1111 1111 1111 | 3000元', '卡号 4111 11** **** 1111 | 3000元'],
    ['| 5000 | 4111 1111 1111 1111 | 12 |', '| 5000 | 4111 11** **** 1111 | 12 |'],
    ['4111 1111 1111 1111 | 13800138000', '4111 11** **** 1111 | *******8000'],
    ['4111|1111|1111|1111', '4111|11**|****|1111'],
  ])('masks %j keeping every other character', (text, masked) => {
    expect(maskPersonalNumbers(text).text).toBe(masked);
  });

  it('changes no character but the hidden digits', () => {
    const text = '| 张伟 | 4111 1111 1111 1111 | 2026-03-05 | 5000 |';
    const masked = maskPersonalNumbers(text).text;
    expect(masked).toHaveLength(text.length);
    const changed = [...text].flatMap((char, i) => (masked[i] === char ? [] : [[char, masked[i]]]));
    expect(changed).toEqual([
      ['1', '*'],
      ['1', '*'],
      ['1', '*'],
      ['1', '*'],
      ['1', '*'],
      ['1', '*'],
    ]);
  });
});
