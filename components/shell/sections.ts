import type { ComponentType } from 'react';
import { GuardSection } from '@/components/guard/GuardSection';
import { NotesSection } from '@/components/notes/NotesSection';
import { ObjectionsSection } from '@/components/objections/ObjectionsSection';
import { PlanSection } from '@/components/plan/PlanSection';
import { ScriptSection } from '@/components/script/ScriptSection';
import type { MessageKey } from '@/lib/i18n';
import type { SectionProps } from './section';

export interface SectionEntry {
  id: string;
  /** The digit that opens it (1–5). */
  key: string;
  label: MessageKey;
  Component: ComponentType<SectionProps>;
}

/** The panel's sections, in key order. A section is one folder in components/ and one line here. */
export const SECTIONS: readonly SectionEntry[] = [
  { id: 'guard', key: '1', label: 'section.guard', Component: GuardSection },
  { id: 'script', key: '2', label: 'section.script', Component: ScriptSection },
  { id: 'objections', key: '3', label: 'section.objections', Component: ObjectionsSection },
  { id: 'plan', key: '4', label: 'section.plan', Component: PlanSection },
  { id: 'notes', key: '5', label: 'section.notes', Component: NotesSection },
];
