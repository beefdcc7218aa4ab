import type { Rendered } from '@/lib/script/render';

/** Pack text with its values filled in, as text nodes; a missing value stays visible and marked. */
export function RenderedText({ rendered }: { rendered: Rendered }) {
  return (
    <>
      {rendered.parts.map((part, index) =>
        part.kind === 'text' ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: parts of one text never reorder
          <span key={index}>{part.text}</span>
        ) : (
          <mark
            // biome-ignore lint/suspicious/noArrayIndexKey: parts of one text never reorder
            key={index}
            className={part.kind === 'missing' ? 'var var--missing' : 'var'}
            data-var={part.name}
          >
            {part.text}
          </mark>
        ),
      )}
    </>
  );
}
