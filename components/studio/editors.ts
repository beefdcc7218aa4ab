/**
 * The Studio's form editors, one tab each (issue 17 item 1). Each editor reads the draft's value
 * tolerantly and writes back through `onEdit`; adding a part of the pack is one entry here.
 */
import type { ComponentType } from 'react';
import type { MessageKey } from '@/lib/i18n';
import { AdaptersEditor } from './adapters/AdaptersEditor';
import { ObjectionEditor } from './ObjectionEditor';
import { ScriptEditor } from './ScriptEditor';
import { SegmentEditor } from './SegmentEditor';

export interface EditorProps {
  text: string;
  /** The draft's value, read tolerantly: the form works while the schema still complains. */
  value: unknown;
  /** A form edit: the whole new text; `burst` merges keystrokes in one field into one undo step. */
  onEdit: (text: string, burst?: string) => void;
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
  { id: 'adapters', label: 'studio.adapters.tab', Editor: AdaptersEditor },
];
