/**
 * Choices by title for references (issue 17: leads pick a stage, script or policy by what they
 * read; the id it stands for is written to the draft and never shown).
 */
import { asList, asText, child } from '@/lib/studio/edit';

export interface Option {
  value: string;
  label: string;
}

/** The items of a list as choices: value the id, label the item's `key` (or its position). */
export function titledOptions(items: unknown, key: string): Option[] {
  return asList(items).map((item, i) => ({
    value: asText(child(item, 'id')),
    label: asText(child(item, key)) || `#${i + 1}`,
  }));
}

/** With the current target first when it names nothing in the list, so the choice shows what the draft holds. */
export function withCurrent(options: Option[], current: string): Option[] {
  return current === '' || options.some((o) => o.value === current)
    ? options
    : [{ value: current, label: '—' }, ...options];
}
