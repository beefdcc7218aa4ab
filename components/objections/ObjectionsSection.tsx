import { useI18n } from '@/components/shell/i18n';
import type { SectionProps } from '@/components/shell/section';

export function ObjectionsSection({ context }: SectionProps) {
  const { t } = useI18n();
  if (!context) return <p className="empty">{t('empty.objections')}</p>;
  return <p className="empty">{t('empty.objections')}</p>;
}
