import { useEffect, useId, useState } from 'react';
import { useI18n } from '@/components/shell/i18n';
import type { Pack } from '@/lib/pack/schema';
import { type DraftCheck, publishBlock } from '@/lib/studio/checks';
import { prepareRelease, type SigningKey, signRelease } from '@/lib/studio/release';
import { SigningKeys } from './keys/SigningKeys';

interface Props {
  text: string;
  check: DraftCheck;
  base: Pack | undefined;
  now?: () => number;
}

/** The one place the next version's changelog entry is written; the changelog tab links here. */
export const CHANGELOG_ENTRY_ID = 'studio-changelog-entry';

interface Signed {
  version: number;
  fileName: string;
  url: string;
}

/**
 * Sign and export (issue 17 items 3–5): blocked while errors remain, warnings acknowledged, a
 * changelog entry required; the keys live in this component's state (stored only encrypted, and
 * only when the lead chooses: keys/StoredKeys.tsx); two keys give two signatures (a rotation).
 */
export function SignPanel({ text, check, base, now = Date.now }: Props) {
  const { t, l } = useI18n();
  const id = useId();
  const [summary, setSummary] = useState('');
  const [acknowledged, setAcknowledged] = useState(false);
  const [keys, setKeys] = useState<SigningKey[]>([]);
  const [problem, setProblem] = useState('');
  const [signed, setSigned] = useState<Signed>();
  useEffect(() => () => (signed ? URL.revokeObjectURL(signed.url) : undefined), [signed]);

  const block = publishBlock(check, acknowledged);
  const hasWarnings = check.findings.some((f) => f.severity === 'warning');
  const reason = block ? t(`studio.blocked.${block}`) : keys.length === 0 ? t('studio.blocked.noKey') : '';

  const sign = async () => {
    if (!check.pack || keys.length === 0) return;
    const release = prepareRelease(text, check.pack, base, summary, now());
    if (!release.ok) return setProblem(l(release.message));
    const envelope = await signRelease(release.payload, keys);
    const url = URL.createObjectURL(new Blob([envelope], { type: 'application/json' }));
    setProblem('');
    setSigned({
      version: release.version,
      fileName: `${check.pack.id}-v${release.version}.signed.json`,
      url,
    });
  };

  return (
    <section aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('studio.publish')}</h2>
      <div className="studio-field">
        <label htmlFor={CHANGELOG_ENTRY_ID}>{t('studio.changelog')}</label>
        <textarea
          id={CHANGELOG_ENTRY_ID}
          rows={2}
          value={summary}
          onChange={(e) => setSummary(e.target.value)}
        />
      </div>
      {hasWarnings ? (
        <div className="studio-field">
          <input
            id={`${id}-ack`}
            type="checkbox"
            checked={acknowledged}
            onChange={(e) => setAcknowledged(e.target.checked)}
          />
          <label htmlFor={`${id}-ack`}>{t('studio.ackWarnings')}</label>
        </div>
      ) : null}
      <SigningKeys keys={keys} onKeys={setKeys} now={now} />
      {reason ? <p className="studio-blocked">{reason}</p> : null}
      {problem ? <p role="alert">{problem}</p> : null}
      <button type="button" disabled={reason !== ''} onClick={() => void sign()}>
        {t('studio.sign')}
      </button>
      {signed ? (
        <div role="status">
          <p>{t('studio.signed', { version: signed.version })}</p>
          <a href={signed.url} download={signed.fileName}>
            {t('studio.download')}
          </a>
        </div>
      ) : null}
    </section>
  );
}
