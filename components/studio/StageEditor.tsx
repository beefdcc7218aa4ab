import { useState } from 'react';
import { useI18n } from '@/components/shell/i18n';
import { PHASES } from '@/lib/pack/schema';
import { appendAt, asList, asText, child, type JsonPath, removeAt, setAt } from '@/lib/studio/edit';
import { moveItem } from '@/lib/studio/list-edit';
import { newStage, stagesLeadingTo } from '@/lib/studio/scripts';
import { Branches } from './Branches';
import { ChecklistPicks } from './ChecklistPicks';
import type { EditorProps } from './editors';
import { Choice, TextField } from './fields';
import { LinesEditor } from './LinesEditor';
import { OpenItemList } from './list-controls';

export interface ScriptPartProps extends EditorProps {
  script: unknown;
  /** Where this part (the script, or a stage of it) sits in the draft, e.g. ["scripts", 2]. */
  path: JsonPath;
}

/** A part of one stage: `path` is the stage's. */
export interface StagePartProps extends ScriptPartProps {
  stage: unknown;
}

/** The stages of one script: list, title, phase, checklist, the buttons after it, and its lines. */
export function StageEditor({ text, value, onEdit, script, path }: ScriptPartProps) {
  const { t } = useI18n();
  const [open, setOpen] = useState<number | null>(0);
  const stages = asList(child(script, 'stages'));
  const stagesPath = [...path, 'stages'];
  return (
    <>
      <OpenItemList
        label={t('studio.scripts.stages')}
        items={stages}
        nameOf={(s, i) => asText(child(s, 'title')) || `#${i + 1}`}
        min={1}
        open={open}
        onOpen={setOpen}
        onMove={(from, to) => onEdit(moveItem(text, stagesPath, stages, from, to))}
        onRemove={(i) => onEdit(removeAt(text, [...stagesPath, i]))}
        removeWarning={(s) => {
          const from = stagesLeadingTo(script, asText(child(s, 'id')));
          return from.length > 0 ? t('studio.conditions.stageInUse', { names: from.join('、') }) : undefined;
        }}
      >
        {(stage, at) => {
          const stagePath = [...stagesPath, at];
          const write = (key: string, v: unknown) =>
            onEdit(setAt(text, [...stagePath, key], v), [...stagePath, key].join('.'));
          return (
            <>
              <TextField
                label={t('studio.scripts.stageTitle')}
                value={asText(child(stage, 'title'))}
                onChange={(v) => write('title', v)}
              />
              <Choice
                label={t('studio.scripts.phase')}
                value={asText(child(stage, 'phase'))}
                options={PHASES.map((p) => ({ value: p, label: t(`studio.scripts.phase.${p}`) }))}
                onChange={(v) => write('phase', v)}
              />
              <ChecklistPicks
                draft={value}
                legend={t('studio.conditions.stageChecklist')}
                picked={child(stage, 'checklist')}
                onChange={(ids) => write('checklist', ids)}
              />
              <LinesEditor {...{ text, value, onEdit, script, stage }} path={stagePath} />
              <Branches {...{ text, value, onEdit, script, stage }} path={stagePath} />
            </>
          );
        }}
      </OpenItemList>
      <button
        type="button"
        onClick={() => {
          const added = newStage(script, t('studio.scripts.newStage'), t('studio.scripts.newLine'));
          onEdit(appendAt(text, stagesPath, added));
          setOpen(stages.length);
        }}
      >
        {t('studio.scripts.addStage')}
      </button>
    </>
  );
}
