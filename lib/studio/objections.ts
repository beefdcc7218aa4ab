/**
 * Objection cards as the Studio adds, copies and finds them (issue 17 item 1). The lead gives a
 * title; the id is generated. A new card has no say-line yet, so the checks list it until the lead
 * writes one (objectionSchema: say ≥ 1).
 */
import { foldText } from '@/lib/text/fold';
import { asList, asText, child } from './edit';
import { newId } from './ids';
import { idsOf } from './list-edit';

export interface ObjectionDraft {
  id: string;
  category: string;
  title: string;
  triggers: string[];
  say: string[];
}

/** A new card: its id from the title, its category the one the lead was looking at. */
export function newObjection(title: string, category: string, objections: unknown): ObjectionDraft {
  const clean = title.trim();
  return { id: newId(clean, idsOf(objections)), category, title: clean, triggers: [], say: [] };
}

/** A copy of a card under a new title and id; triggers are left out (two cards, one trigger, one hit). */
export function duplicateObjection(
  objection: unknown,
  title: string,
  objections: unknown,
): Record<string, unknown> {
  const copy = { ...(objection as Record<string, unknown>) };
  delete copy.triggers;
  return { ...copy, id: newId(title, idsOf(objections)), title, triggers: [] };
}

/** Indexes of the cards whose title contains `query` (folded: width, case, 您/你, invisibles). */
export function findByTitle(objections: unknown, query: string): number[] {
  const wanted = foldText(query.trim());
  const found: number[] = [];
  asList(objections).forEach((o, i) => {
    if (foldText(asText(child(o, 'title'))).includes(wanted)) found.push(i);
  });
  return found;
}

/** The categories in use, in first-seen order, for the category choice. */
export function categoriesOf(objections: unknown): string[] {
  return [
    ...new Set(
      asList(objections)
        .map((o) => asText(child(o, 'category')))
        .filter(Boolean),
    ),
  ];
}
