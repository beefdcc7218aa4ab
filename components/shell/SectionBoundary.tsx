import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useI18n } from './i18n';

interface State {
  failed: boolean;
}

/**
 * One section's crash stays in that section (issue 15 item 7): it shows one line there, while the
 * status strip, the call bar and the other sections keep working.
 */
class Boundary extends Component<{ message: string; children: ReactNode }, State> {
  override state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error('Call Assist section failed', error, info.componentStack);
  }

  override render(): ReactNode {
    if (this.state.failed) {
      return (
        <p className="section-error" role="alert">
          {this.props.message}
        </p>
      );
    }
    return this.props.children;
  }
}

export function SectionBoundary({ label, children }: { label: string; children: ReactNode }) {
  const { t } = useI18n();
  return <Boundary message={t('section.failed', { section: label })}>{children}</Boundary>;
}
