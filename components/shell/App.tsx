import { useEffect, useState } from 'react';
import { AccountHeader } from './AccountHeader';
import { I18nProvider, useI18n, useLoadedLocale } from './i18n';
import { type ReportState, useCrmReport, useFollowedTab, useSettings } from './panel-data';
import { SettingsProvider } from './settings-context';

type WorkspaceComponent = typeof import('./Workspace').default;

// Started when this module is evaluated, in parallel with reading the settings. Loaded by hand
// rather than with React.lazy: Suspense holds a revealed boundary back for up to 300 ms, which
// the agent would wait through on every panel open.
const workspaceModule = import('./Workspace');

function useWorkspace(): WorkspaceComponent | null {
  const [Workspace, setWorkspace] = useState<WorkspaceComponent | null>(null);
  useEffect(() => {
    void workspaceModule.then((module) => setWorkspace(() => module.default));
  }, []);
  return Workspace;
}

/** Until the workspace chunk has loaded: the account, so the agent sees at once who this is. */
function Preview({ report }: { report: ReportState }) {
  const { t } = useI18n();
  const context =
    report.status === 'ready' && report.report?.kind === 'account' ? report.report.context : null;
  return (
    <div className="panel">
      <p className="pack-line">{t('pack.loading')}</p>
      {context && <AccountHeader context={context} pack={null} />}
    </div>
  );
}

/** Wires the browser to the panel: settings, followed tab, its CRM report; the rest loads next. */
export function App({ search }: { search: string }) {
  const settings = useSettings();
  const tabId = useFollowedTab(search);
  const report = useCrmReport(tabId);
  const Workspace = useWorkspace();
  // Nothing until the agent's language can be shown: English strings are a chunk of their own.
  const locale = useLoadedLocale(settings?.locale);
  if (!settings || !locale) return null;
  return (
    <I18nProvider locale={locale}>
      <SettingsProvider settings={settings}>
        <div style={{ fontSize: `${settings.fontScale}rem` }}>
          {Workspace ? (
            <Workspace packId={settings.packId} report={report} followedTab={tabId} />
          ) : (
            <Preview report={report} />
          )}
        </div>
      </SettingsProvider>
    </I18nProvider>
  );
}
