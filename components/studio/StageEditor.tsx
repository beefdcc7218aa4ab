import { useState } from 'react';
import { useI18n } from '@/components/shell/i18n';
import { PHASES } from '@/lib/pack/schema';
import { appendAt, asList, asText, child, type JsonPath, removeAt, setAt } from '@/lib/studio/edit';
import { moveAt } from '@/lib/studio/move';
import { newStage } from '@/lib/studio/scripts';
import { Branches } from './Branches';
import type { EditorProps } from './editors';
import { Choice, TextField } from './fields';
import { followMove, followRemove, ItemList } from './ItemList';
import { LinesEditor } from './LinesEditor';

export interface ScriptPartProps extends EditorProps {
  script: unknown;
  /** Where this part (the script, or a stage of it) sits in the draft, e.g. ["scripts", 2]. */
  path: JsonPath;
}

/** A part of one stage: `path` is the stage's. */
export interface StagePartProps extends ScriptPartProps {
  stage: unknown;
}

/** The stages of one script: list, title, phase, the buttons after it, and its lines. */
export function StageEditor({ text, value, onEdit, script, path }: ScriptPartProps) {
  const { t } = useI18n();
  const [selected, setSelected] = useState(0);
  const stages = asList(child(script, 'stages'));
  const at = Math.min(selected, stages.length - 1);
  const stage = stages[at];
  const stagesPath = [...path, 'stages'];
  const stagePath = [...stagesPath, at];
  const write = (key: string, v: unknown) =>
    onEdit(setAt(text, [...stagePath, key], v), [...stagePath, key].join('.'));
  const names = stages.map((s, i) => asText(child(s, 'title')) || `#${i + 1}`);
  return (
    <>
      <ItemList
        label={t('studio.scripts.stages')}
        names={names}
        selected={at}
        onSelect={setSelected}
        onMove={(i, by) => {
          onEdit(moveAt(text, value, stagesPath, i, by));
          setSelected(followMove(at, i, by));
        }}
        onRemove={(i) => {
          onEdit(removeAt(text, [...stagesPath, i]));
          setSelected(followRemove(at, i, stages.length));
        }}
        onAdd={() => {
          const added = newStage(script, t('studio.scripts.newStage'), t('studio.scripts.newLine'));
          onEdit(appendAt(text, stagesPath, added));
          setSelected(stages.length);
        }}
        addLabel={t('studio.scripts.addStage')}
      />
      {stage === undefined ? null : (
        <div key={at}>
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
          <LinesEditor {...{ text, value, onEdit, script, stage }} path={stagePath} />
          <Branches {...{ text, value, onEdit, script, stage }} path={stagePath} />
        </div>
      )}
    </>
  );
}
