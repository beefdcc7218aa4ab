import type { Ref } from 'react';
import { useI18n } from '@/components/shell/i18n';

interface Props {
  text: string;
  ref: Ref<HTMLTextAreaElement>;
  onType: (text: string) => void;
  onEndTyping: () => void;
  onUndo: () => void;
  onRedo: () => void;
}

/**
 * The draft's JSON as text. A plain textarea for this first slice (CodeMirror 6 later, issue 17
 * item 1); undo/redo keys go to the draft history, which the forms share, not the textarea's own.
 */
export function SourceView({ text, ref, onType, onEndTyping, onUndo, onRedo }: Props) {
  const { t } = useI18n();
  return (
    <textarea
      ref={ref}
      className="studio-source"
      aria-label={t('studio.source')}
      spellCheck={false}
      value={text}
      onChange={(e) => onType(e.target.value)}
      onBlur={onEndTyping}
      onKeyDown={(e) => {
        if (!(e.ctrlKey || e.metaKey)) return;
        const key = e.key.toLowerCase();
        if (key === 'z' && !e.shiftKey) onUndo();
        else if (key === 'y' || (key === 'z' && e.shiftKey)) onRedo();
        else return;
        e.preventDefault();
      }}
    />
  );
}
