/**
 * New checklist items and dispositions as the Studio adds them (issue 17 item 1): the lead types
 * what agents read, the id is generated from it. Defaults are the least a valid item needs.
 */
import type { ChecklistItem, Disposition, Phase } from '@/lib/pack/schema';
import { newId } from './ids';
import { idsOf } from './list-edit';

export function newChecklistItem(text: string, phase: Phase, checklist: unknown): ChecklistItem {
  return { id: newId(text, idsOf(checklist)), text: text.trim(), phase, required: true };
}

/**
 * A new outcome. Disposition ids are the codes the CRM and the notes export carry (PTP, CB), so
 * they are upper case; `contact` is left for the lead to choose, and lint asks for it until then.
 */
export function newDisposition(label: string, dispositions: unknown): Disposition {
  const taken = new Set([...idsOf(dispositions)].map((id) => id.toLowerCase()));
  return { id: newId(label, taken).toUpperCase(), label: label.trim() };
}
