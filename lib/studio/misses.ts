/**
 * Search-miss files in the Studio (issue 17 item 7): the files agents export from the options page
 * (`exportMisses`, format `call-assist/search-misses@1`), checked with zod. A bad file is named with
 * the reason and skipped; the other files still count, and nothing already imported is dropped.
 */
import { z } from 'zod';
import type { LocalizedText } from '../i18n/text';
import { MAX_MISSES, MISS_FORMAT } from '../objections/misses';
import { formatPackError } from '../pack/errors';
import { issuesToErrors } from '../pack/parse';
import { PHASES } from '../pack/schema';

/** A file of more than this is not an export of the options page (2,000 misses ≈ 300 KB). */
export const MAX_MISS_FILE_BYTES = 2_000_000;

export const missFileSchema = z.strictObject({
  format: z.literal(MISS_FORMAT),
  count: z.number().int().min(0),
  misses: z
    .array(
      z.strictObject({
        date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
        query: z.string().min(1).max(200),
        reason: z.enum(['none', 'weak']),
        phase: z.enum(PHASES).optional(),
        opened: z.string().min(1).max(64).optional(),
      }),
    )
    .max(MAX_MISSES),
});
export type MissFile = z.infer<typeof missFileSchema>;
export type Miss = MissFile['misses'][number];

export type MissFileResult = { ok: true; misses: Miss[] } | { ok: false; message: LocalizedText };

/** One file's misses, or one sentence saying what is wrong with it (file name first). */
export function readMissFile(name: string, text: string): MissFileResult {
  const fail = (reason: LocalizedText): MissFileResult => ({
    ok: false,
    message: { zh: `${name}：${reason.zh}`, en: `${name}: ${reason.en}` },
  });
  if (text.length > MAX_MISS_FILE_BYTES) return fail(missText.tooLarge());
  let value: unknown;
  try {
    value = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch {
    return fail(missText.notJson());
  }
  const format =
    typeof value === 'object' && value !== null ? (value as { format?: unknown }).format : undefined;
  if (format !== MISS_FORMAT) return fail(missText.notMisses());
  const parsed = missFileSchema.safeParse(value);
  if (!parsed.success) {
    const errors = issuesToErrors(parsed.error.issues, value);
    const first = errors[0];
    if (!first) return fail(missText.notMisses());
    return fail({ zh: formatPackError(first, 'zh'), en: formatPackError(first, 'en') });
  }
  return { ok: true, misses: parsed.data.misses };
}

export const missText = {
  tooLarge: (): LocalizedText => ({
    zh: '文件太大，不是设置页导出的搜索未命中文件',
    en: 'The file is too large to be a search-miss export of the options page',
  }),
  notJson: (): LocalizedText => ({ zh: '不是有效的 JSON', en: 'Not valid JSON' }),
  notMisses: (): LocalizedText => ({
    zh: '不是搜索未命中文件（请用设置页“导出搜索未命中记录”生成的文件）',
    en: 'Not a search-miss file (use the file the options page’s search-miss export writes)',
  }),
};
