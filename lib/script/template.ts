/**
 * The one template tokenizer (code review 2026-11, item 7): what counts as a `{{placeholder}}` in
 * pack text. The renderer fills from it, and every pack lint (malformed, unknown variable, never
 * filled, filled by a constant, internal names outside placeholders) reads the same tokens, so the
 * linter can never pass a placeholder the panel would read out as is.
 */

export const FORMATTERS = ['money', 'date', 'percent', 'masked'] as const;
export type Formatter = (typeof FORMATTERS)[number];

/** Anything between double braces is meant as a placeholder; only the well-formed ones are filled. */
const DOUBLE_BRACES = /\{\{([^{}]*)\}\}/g;
const WELL_FORMED = /^\s*([A-Za-z][\w.]*)\s*(?:\|\s*([A-Za-z]+)\s*)?$/;

export interface Placeholder {
  /** As written, braces included. */
  whole: string;
  /** Where `whole` starts in the text. */
  start: number;
  /** The variable's name; absent when the braces hold no `name` or `name|format`. */
  name?: string;
  /** The format word as written, known or not. */
  format?: string;
}

/** A placeholder the renderer fills: a name, and a known format or none. */
export type FillablePlaceholder = Placeholder & { name: string; formatter?: Formatter };

export function placeholders(text: string): Placeholder[] {
  return [...text.matchAll(DOUBLE_BRACES)].map((match) => {
    const whole = match[0];
    const start = match.index ?? 0;
    const parsed = WELL_FORMED.exec(match[1] ?? '');
    if (!parsed) return { whole, start };
    const [, name = '', format] = parsed;
    return format === undefined ? { whole, start, name } : { whole, start, name, format };
  });
}

export function isFormatter(format: string): format is Formatter {
  return (FORMATTERS as readonly string[]).includes(format);
}

/** The placeholder as the renderer reads it, or null when it stays text. */
export function fillable(placeholder: Placeholder): FillablePlaceholder | null {
  const { name, format } = placeholder;
  if (name === undefined) return null;
  if (format === undefined) return { ...placeholder, name };
  return isFormatter(format) ? { ...placeholder, name, formatter: format } : null;
}

/** Text and the placeholders the renderer fills, in order. */
export type TemplateToken =
  | { kind: 'text'; text: string }
  | { kind: 'placeholder'; placeholder: FillablePlaceholder };

export function tokenize(template: string): TemplateToken[] {
  const tokens: TemplateToken[] = [];
  let last = 0;
  for (const found of placeholders(template)) {
    const placeholder = fillable(found);
    if (!placeholder) continue;
    if (placeholder.start > last)
      tokens.push({ kind: 'text', text: template.slice(last, placeholder.start) });
    tokens.push({ kind: 'placeholder', placeholder });
    last = placeholder.start + placeholder.whole.length;
  }
  if (last < template.length) tokens.push({ kind: 'text', text: template.slice(last) });
  return tokens;
}

/** The text with every placeholder (well-formed or not) replaced by what `by` returns. */
export function replacePlaceholders(text: string, by: (placeholder: Placeholder) => string): string {
  let out = '';
  let last = 0;
  for (const placeholder of placeholders(text)) {
    out += text.slice(last, placeholder.start) + by(placeholder);
    last = placeholder.start + placeholder.whole.length;
  }
  return out + text.slice(last);
}

/** The variable names a template fills (for the linter and the Studio). */
export function variablesOf(template: string): string[] {
  return tokenize(template).flatMap((token) =>
    token.kind === 'placeholder' ? [token.placeholder.name] : [],
  );
}
