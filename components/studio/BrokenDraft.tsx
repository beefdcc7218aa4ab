import { useI18n } from '@/components/shell/i18n';
import type { RefusedEdit } from '@/lib/studio/edit';
import { lineColumn, type SourceSpan, spanOfPath } from '@/lib/studio/source-map';

/**
 * Why a form cannot edit the draft (walk 10, a pack someone else wrote): a JSON syntax error (the
 * forms stay away, so a write cannot land in a half-read text), or an edit refused because its
 * part of the draft has another type. Each comes with a way to the place in the source.
 */
export function BrokenDraft({
  text,
  syntaxAt,
  refused,
  onGoTo,
}: {
  text: string;
  syntaxAt?: number;
  refused?: RefusedEdit | null;
  onGoTo: (span: SourceSpan) => void;
}) {
  const { t } = useI18n();
  const span =
    syntaxAt !== undefined
      ? { offset: syntaxAt, length: 1, exact: true }
      : refused
        ? spanOfPath(text, refused.at)
        : undefined;
  const message =
    syntaxAt !== undefined
      ? t('studio.keep.syntax', lineColumn(text, syntaxAt))
      : refused
        ? t('studio.keep.refused', { at: refused.at, needs: t(`studio.keep.needs.${refused.needs}`) })
        : null;
  if (!message) return null;
  return (
    <p role="alert" className="studio-problem">
      {message}{' '}
      {span ? (
        <button type="button" onClick={() => onGoTo(span)}>
          {t('studio.keep.goToSource')}
        </button>
      ) : null}
    </p>
  );
}
