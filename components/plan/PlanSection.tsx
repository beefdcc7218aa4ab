import { useI18n } from '@/components/shell/i18n';
import type { SectionProps } from '@/components/shell/section';

export function PlanSection({ context }: SectionProps) {
  const { t } = useI18n();
  if (!context) return <p className="empty">{t('empty.plan')}</p>;
  return <p className="empty">{t('empty.plan')}</p>;
}
