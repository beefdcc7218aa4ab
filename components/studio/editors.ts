/**
 * The Studio's form editors, one tab each (issue 17 item 1). Each editor reads the draft's value
 * tolerantly and writes back through `onEdit`; adding a part of the pack is one entry here.
 */
import type { ComponentType } from 'react';
import type { MessageKey } from '@/lib/i18n';
import type { Edited } from '@/lib/studio/edit';
import { AdaptersEditor } from './adapters/AdaptersEditor';
import { ChangelogView } from './ChangelogView';
import { ChecklistEditor } from './ChecklistEditor';
import { DispositionEditor } from './DispositionEditor';
import { MissesEditor } from './misses/MissesEditor';
import { ObjectionEditor } from './ObjectionEditor';
import { PlanPolicyEditor } from './PlanPolicyEditor';
import { RuleEditor } from './RuleEditor';
import { ScriptEditor } from './ScriptEditor';
import { SegmentEditor } from './SegmentEditor';

export interface EditorProps {
  text: string;
  /** The draft's value, read tolerantly: the form works while the schema still complains. */
  value: unknown;
  /**
   * A form edit: the whole new text, or the refusal the draft's shape gave (lib/studio/edit.ts),
   * which the Studio says; `burst` merges keystrokes in one field into one undo step.
   */
  onEdit: (edited: Edited, burst?: string) => void;
}

export interface StudioEditor {
  /** Stable id, used for the tab's DOM id only (never shown). */
  id: string;
  label: MessageKey;
  Editor: ComponentType<EditorProps>;
}

export const studioEditors: readonly StudioEditor[] = [
  { id: 'lines', label: 'studio.lines', Editor: ScriptEditor },
  { id: 'objections', label: 'studio.objections', Editor: ObjectionEditor },
  { id: 'segments', label: 'studio.scripts.segments', Editor: SegmentEditor },
  { id: 'checklist', label: 'studio.forms.checklist', Editor: ChecklistEditor },
  { id: 'rules', label: 'studio.forms.rules', Editor: RuleEditor },
  { id: 'plans', label: 'studio.forms.plans', Editor: PlanPolicyEditor },
  { id: 'dispositions', label: 'studio.forms.dispositions', Editor: DispositionEditor },
  { id: 'adapters', label: 'studio.adapters.tab', Editor: AdaptersEditor },
  { id: 'changelog', label: 'studio.scripts.changelog', Editor: ChangelogView },
  { id: 'misses', label: 'studio.misses.tab', Editor: MissesEditor },
];
