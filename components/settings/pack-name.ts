/** A pack as the options page names it: title and version, as the panel does; never its id. */
import type { MessageKey, MessageParams } from '@/lib/i18n';
import type { InstalledPack } from '@/lib/pack/installed';

type Translate = (key: MessageKey, params?: MessageParams) => string;

export function packName(pack: Pick<InstalledPack, 'title' | 'version'>, t: Translate): string {
  return pack.title === null
    ? t('options.packUntitled', { version: pack.version })
    : t('options.packNamed', { title: pack.title, version: pack.version });
}
