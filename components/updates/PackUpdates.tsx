import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { useDb } from '@/components/shell/db';
import { useI18n } from '@/components/shell/i18n';
import { useKeys } from '@/components/shell/key-dispatch';
import { useAgentSettings } from '@/components/shell/settings-context';
import type { MessageKey } from '@/lib/i18n';
import { describeChange, describeField, diffPacks, type PackDiff, summarizeDiff } from '@/lib/pack/diff';
import { parsePack } from '@/lib/pack/parse';
import type { Pack } from '@/lib/pack/schema';
import type { Activation, SyncState } from '@/lib/pack/sync-state';
import { acknowledgePack, usePackSeen, useSyncState, useUnsignedAllowed } from './storage';
import './updates.css';

const SHOWN_CHANGES = 12;

/** The version "what changed" compares with, if the agent has not yet acknowledged this one. */
export function pendingChange(
  pack: Pick<Pack, 'id' | 'version'>,
  activation: Activation | undefined,
  seen: Record<string, number>,
): { from: number | undefined } | null {
  if (!activation || activation.packId !== pack.id || activation.to !== pack.version) return null;
  const acknowledged = seen[pack.id];
  if (acknowledged !== undefined && acknowledged >= pack.version) return null;
  return { from: acknowledged ?? activation.from };
}

/**
 * Under the pack line: warnings that stay (developer mode, unsigned or expired pack), the last
 * sync check, and "what changed" once per new version, until the agent acknowledges it.
 */
export function PackUpdates({ pack }: { pack: Pack }) {
  const { t, l, locale } = useI18n();
  const db = useDb();
  const settings = useAgentSettings();
  const state = useSyncState();
  const seen = usePackSeen();
  const developerMode = useUnsignedAllowed(settings);
  const pending = state && seen ? pendingChange(pack, state.lastActivation, seen) : null;

  // Bundled packs are trusted by the build; any other pack without a signature came in by developer mode.
  const unsigned = useLiveQuery(async () => {
    const row = await db.packs.get([pack.id, pack.version]);
    if (!row || row.source === 'bundled') return false;
    try {
      const envelope = JSON.parse(row.envelope) as { signatures?: unknown };
      return !Array.isArray(envelope.signatures) || envelope.signatures.length === 0;
    } catch {
      return true;
    }
  }, [db, pack.id, pack.version]);

  const previousRow = useLiveQuery(
    async () =>
      pending?.from === undefined ? null : ((await db.packs.get([pack.id, pending.from])) ?? null),
    [db, pack.id, pending?.from],
  );
  const diff = useMemo<PackDiff | null>(() => {
    if (!previousRow) return null;
    let payload: unknown;
    try {
      payload = (JSON.parse(previousRow.envelope) as { payload?: unknown }).payload;
    } catch {
      return null;
    }
    const previous = parsePack(payload);
    return previous.ok ? diffPacks(previous.pack, pack) : null;
  }, [previousRow, pack]);

  // Until every first read is back the line may still change: say so (and tests wait for it, code review 2026-11 §9).
  const reading =
    state === undefined ||
    seen === undefined ||
    developerMode === undefined ||
    unsigned === undefined ||
    (pending?.from !== undefined && previousRow === undefined);
  const acknowledge = () => void acknowledgePack(pack.id, pack.version);
  useKeys({ 'pack.acknowledge': () => (pending ? acknowledge() : false) });

  const expired = pack.expiresAt !== undefined && Date.parse(pack.expiresAt) <= Date.now();
  const changelog = pack.changelog
    .filter(
      (entry) =>
        entry.version <= pack.version &&
        (pending?.from === undefined ? entry.version === pack.version : entry.version > pending.from),
    )
    .sort((a, b) => b.version - a.version);

  return (
    <div className="pack-updates" aria-busy={reading}>
      {developerMode && (
        <p className="pack-updates__warn" role="status">
          {t('updates.devMode')}
        </p>
      )}
      {unsigned && !developerMode && (
        <p className="pack-updates__warn" role="status">
          {t('updates.unsigned')}
        </p>
      )}
      {expired && (
        <p className="pack-updates__warn" role="status">
          {t('updates.expired', { date: pack.expiresAt?.slice(0, 10) ?? '' })}
        </p>
      )}
      <LastCheck state={state} version={pack.version} locale={locale} />
      {pending && (
        <section className="pack-updates__changed" aria-label={t('updates.region')}>
          <h2>
            {pending.from === undefined
              ? t('updates.activeTitle', { to: pack.version })
              : t('updates.changedTitle', { from: pending.from, to: pack.version })}
          </h2>
          {changelog.length > 0 && (
            <>
              <h3>{t('updates.changelog')}</h3>
              <ul className="pack-updates__changelog">
                {changelog.map((entry) => (
                  <li key={entry.version}>
                    <strong>v{entry.version}</strong> {entry.date} · {entry.summary}
                  </li>
                ))}
              </ul>
            </>
          )}
          {diff && (
            <>
              <h3>
                {t('updates.changes')} · {l(summarizeDiff(diff))}
              </h3>
              <ul className="pack-updates__diff">
                {diff.changes.slice(0, SHOWN_CHANGES).map((change) => (
                  <li key={`${change.area}:${change.kind}:${change.id}`}>
                    {l(describeChange(change))}
                    {change.fields.length > 0 && (
                      <ul>
                        {change.fields.slice(0, 4).map((field) => (
                          <li key={field.field}>{describeField(field, 120)}</li>
                        ))}
                      </ul>
                    )}
                  </li>
                ))}
              </ul>
              {diff.changes.length > SHOWN_CHANGES && (
                <p className="pack-updates__more">
                  {t('updates.more', { count: diff.changes.length - SHOWN_CHANGES })}
                </p>
              )}
            </>
          )}
          <button type="button" onClick={acknowledge} aria-keyshortcuts="Alt+A">
            {t('updates.ack')} <kbd>Alt+A</kbd>
          </button>
        </section>
      )}
    </div>
  );
}

function LastCheck({
  state,
  version,
  locale,
}: {
  state: SyncState | undefined;
  version: number;
  locale: string;
}) {
  const { t, l } = useI18n();
  const check = state?.lastCheck;
  if (!check || check.result === 'notConfigured') return null;
  const bad = check.result === 'refused' || check.result === 'failed';
  const time = new Date(check.at).toLocaleString(locale === 'en' ? 'en-US' : 'zh-CN', { hour12: false });
  return (
    <p className={bad ? 'pack-updates__check pack-updates__check--bad' : 'pack-updates__check'} role="status">
      {t('updates.lastCheck', { time })} · {t(`updates.result.${check.result}` as MessageKey)}
      {bad && (
        <>
          {' '}
          · {l(check.message)} · {t('updates.kept', { version })}
        </>
      )}
    </p>
  );
}
