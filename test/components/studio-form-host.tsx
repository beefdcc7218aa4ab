import { screen } from '@testing-library/react';
import { type ComponentType, useState } from 'react';
import { I18nProvider } from '@/components/shell/i18n';
import type { EditorProps } from '@/components/studio/editors';
import zhPack from '@/lib/pack/defaults/zh-CN.json';
import { isRefused, type RefusedEdit, readDraft } from '@/lib/studio/edit';

export const packText = `${JSON.stringify(zhPack, null, 2)}\n`;

/**
 * A Studio form over a draft text, as the Studio holds it; the draft, and the last edit its shape
 * refused (as JSON), are shown for assertions.
 */
export function FormHost({
  Form,
  initial = packText,
}: {
  Form: ComponentType<EditorProps>;
  initial?: string;
}) {
  const [text, setText] = useState(initial);
  const [refused, setRefused] = useState<RefusedEdit | null>(null);
  return (
    <I18nProvider locale="en">
      <Form
        text={text}
        value={readDraft(text)}
        onEdit={(edited) => {
          setRefused(isRefused(edited) ? edited : null);
          if (!isRefused(edited)) setText(edited);
        }}
      />
      <output data-testid="draft">{text}</output>
      <output data-testid="refused">{refused ? JSON.stringify(refused) : ''}</output>
    </I18nProvider>
  );
}

export const draftValue = () => JSON.parse(screen.getByTestId('draft').textContent ?? '');
