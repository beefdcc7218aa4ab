import { describe, expect, it } from 'vitest';
import { fillable, placeholders, replacePlaceholders, tokenize } from '@/lib/script/template';

describe('the one template tokenizer', () => {
  it('finds everything between double braces, parsed when well formed', () => {
    expect(placeholders('a {{ name }} b {{dpd|percent}} {{bad name}} {{x|nope}} {{}}')).toEqual([
      { whole: '{{ name }}', start: 2, name: 'name' },
      { whole: '{{dpd|percent}}', start: 15, name: 'dpd', format: 'percent' },
      { whole: '{{bad name}}', start: 31 },
      { whole: '{{x|nope}}', start: 44, name: 'x', format: 'nope' },
      { whole: '{{}}', start: 55 },
    ]);
  });

  it('does not read a brace inside a placeholder as part of it', () => {
    expect(placeholders('{{{a}}} {{a}b}}').map((p) => p.whole)).toEqual(['{{a}}']);
  });

  it('fills only a name with a known format or none', () => {
    const [plain, known, unknown, malformed] = placeholders('{{a}} {{b|money}} {{c|Money}} {{1d}}');
    expect(fillable(plain as never)).toMatchObject({ name: 'a' });
    expect(fillable(known as never)).toMatchObject({ name: 'b', formatter: 'money' });
    expect(fillable(unknown as never)).toBeNull();
    expect(fillable(malformed as never)).toBeNull();
  });

  it('keeps what it does not fill as text, in order', () => {
    expect(tokenize('Hi {{name}}, {{x|nope}} owes {{amount|money}}.')).toEqual([
      { kind: 'text', text: 'Hi ' },
      { kind: 'placeholder', placeholder: { whole: '{{name}}', start: 3, name: 'name' } },
      { kind: 'text', text: ', {{x|nope}} owes ' },
      {
        kind: 'placeholder',
        placeholder: {
          whole: '{{amount|money}}',
          start: 29,
          name: 'amount',
          format: 'money',
          formatter: 'money',
        },
      },
      { kind: 'text', text: '.' },
    ]);
  });

  it('replaces every placeholder, well formed or not', () => {
    expect(replacePlaceholders('a{{x}}b{{ bad name }}c', (p) => `[${p.name ?? '?'}]`)).toEqual('a[x]b[?]c');
  });
});
