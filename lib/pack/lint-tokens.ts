/**
 * Placeholders that render, but wrong (content review 12): a well-formed `{{field}}` whose value the
 * renderer (lib/script/render.ts) turns into something no agent should read out. Money is kept in
 * minor units, so `{{overdueAmount}}元` reads 1234567元 for ¥12,345.67 — a hundred times the debt; a
 * `|money` amount already carries its currency, so 「{{overdueAmount|money}}元」 says it twice; a
 * list renders "" when the CRM shows none (「您的标记是」), a yes/no field renders ✓; a formatter on a
 * field of another kind (`{{dpd|money}}`) prints the number as it is. Judged by the parse type the
 * pack's own adapters give the field, so a quality lead's pack gets the same warning as ours.
 */
import type { LocalizedText } from '../i18n/text';
import { placeholders } from '../script/template';
import { foldText } from '../text/fold';
import { packError, quote } from './errors';
import type { LintFinding } from './lint';
import { templatedTexts } from './lint-names';
import type { FieldParser, Pack } from './schema';

/** What the call itself fills (render.ts CALL_VARIABLES), as the kind of value each is. */
const CALL_KINDS: Readonly<Record<string, FieldParser>> = {
  'promise.amount': 'money',
  'promise.date': 'date',
  'plan.basis': 'money',
  'plan.agreed': 'text',
};

/** The kinds of value each formatter is written for; another kind is printed as it is. */
const FORMATTER_KINDS: Readonly<Record<string, readonly FieldParser[]>> = {
  money: ['money'],
  date: ['date'],
  masked: ['text', 'phone', 'int'],
  percent: ['int', 'text'],
};

/**
 * A currency written beside an amount that already shows one; ￥ and ＄ written out rather than
 * folded: the Studio lints on every edit, and these few characters are all the width that matters. After: 元, 块, 人民币, yuan, dollars, USD, CNY, RMB; before: ¥, $, 人民币, RMB, USD.
 */
const CURRENCY_AFTER = /^\s*(元|块钱|块|圆|人民币|美元|rmb\b|cny\b|usd\b|yuan\b|dollars?\b)/i;
const CURRENCY_BEFORE = /(¥|￥|\$|＄|人民币|rmb|cny|usd|us\$)\s*$/i;

/**
 * An authoring note left in a constant's value: 「(example: replace with the real number)」 is read
 * out word for word wherever the constant is filled in. On folded text.
 */
const AUTHORING_NOTE =
  /\b(todo|tbd|fixme|lorem ipsum)\b|\breplace (this|it|me|with)\b|[([<]\s*(example|sample|insert|placeholder)\b|\b(example|sample)\s*:|请替换|替换为|待填写|待补充|请填写|[（(【[]\s*示例|示例\s*[:：]/;

export const tokenLintText = {
  authoringNote: (name: string, written: string): LocalizedText => ({
    zh: `常量 ${name} 的值里有给编写者的说明 "${written}"：用到它的话术会原样读给客户。请只写要读出的值`,
    en: `Constant ${name} holds a note for the author ("${written}"): every line that uses it reads it out to the customer. Keep only the value to be read`,
  }),
  moneyUnformatted: (whole: string): LocalizedText => ({
    zh: `${quote(whole)} 是金额字段，但没有用 |money：金额按分保存，会读成放大100倍的数字（如 1234567 而不是 ¥12,345.67）。请写成 {{字段|money}}`,
    en: `${quote(whole)} is an amount without |money: amounts are kept in cents, so it would read 100 times too large (1234567 for $12,345.67). Write {{field|money}}`,
  }),
  dateUnformatted: (whole: string): LocalizedText => ({
    zh: `${quote(whole)} 是日期字段，但没有用 |date：会原样读出 2026-09-15 这样的写法。请写成 {{字段|date}}`,
    en: `${quote(whole)} is a date without |date: it would read as 2026-09-15. Write {{field|date}}`,
  }),
  listOrFlag: (whole: string, kind: FieldParser): LocalizedText => ({
    zh:
      kind === 'list'
        ? `${quote(whole)} 是列表字段：没有内容时读出来是空的（句子会缺一块），有内容时是内部代码。不要把它写进话术，改用条件（when）分别写句子`
        : `${quote(whole)} 是「是/否」字段：会显示成 ✓ 或 ✗，坐席没法读。请改用条件（when）分别写句子`,
    en:
      kind === 'list'
        ? `${quote(whole)} is a list field: it renders empty when the CRM has none (the sentence loses a piece) and as internal codes otherwise. Use a condition (when) for each sentence instead`
        : `${quote(whole)} is a yes/no field: it renders as ✓ or ✗, which no one can read aloud. Use a condition (when) for each sentence instead`,
  }),
  formatterMismatch: (whole: string, formatter: string, kind: FieldParser): LocalizedText => ({
    zh: `${quote(whole)}：|${formatter} 用在了「${kindZh[kind]}」字段上，不会生效，值会原样显示`,
    en: `${quote(whole)}: |${formatter} is applied to a ${kind} field; it does nothing and the value shows as it is`,
  }),
  currencyTwice: (whole: string, written: string): LocalizedText => ({
    zh: `${quote(whole)} 已经带货币符号，旁边又写了 "${written}"：会读成「¥12,345.67元」。请删掉 "${written}"`,
    en: `${quote(whole)} already shows its currency, and "${written}" is written beside it: it would read "$12,345.67 dollars". Remove "${written}"`,
  }),
};

const kindZh: Record<FieldParser, string> = {
  text: '文本',
  money: '金额',
  int: '整数',
  date: '日期',
  phone: '电话',
  bool: '是/否',
  list: '列表',
};

/** Each field's kind as the pack's adapters parse it; a name two adapters parse differently is left out. */
function fieldKinds(pack: Pack): Map<string, FieldParser> {
  const kinds = new Map<string, FieldParser>();
  const mixed = new Set<string>();
  for (const adapter of pack.crm.adapters) {
    for (const [name, spec] of Object.entries(adapter.fields)) {
      const known = kinds.get(name);
      if (known !== undefined && known !== spec.parse) mixed.add(name);
      else kinds.set(name, spec.parse);
    }
  }
  for (const name of mixed) kinds.delete(name);
  for (const [name, kind] of Object.entries(CALL_KINDS)) kinds.set(name, kind);
  return kinds;
}

/** The findings for one text, as [code, message]. */
export function tokenProblems(
  text: string,
  kinds: ReadonlyMap<string, FieldParser>,
): { code: string; message: LocalizedText }[] {
  const out: { code: string; message: LocalizedText }[] = [];
  for (const { whole, start: at, name, format: formatter } of placeholders(text)) {
    if (name === undefined) continue;
    const kind = kinds.get(name);
    if (kind === undefined) continue;
    if (formatter === undefined) {
      if (kind === 'money')
        out.push({ code: 'moneyUnformatted', message: tokenLintText.moneyUnformatted(whole) });
      else if (kind === 'date')
        out.push({ code: 'dateUnformatted', message: tokenLintText.dateUnformatted(whole) });
      else if (kind === 'list' || kind === 'bool')
        out.push({ code: 'listOrFlagRendered', message: tokenLintText.listOrFlag(whole, kind) });
      continue;
    }
    const fits = FORMATTER_KINDS[formatter];
    if (fits !== undefined && !fits.includes(kind))
      out.push({
        code: 'formatterMismatch',
        message: tokenLintText.formatterMismatch(whole, formatter, kind),
      });
    if (formatter === 'money' && kind === 'money') {
      const after = CURRENCY_AFTER.exec(text.slice(at + whole.length, at + whole.length + 12));
      const before = CURRENCY_BEFORE.exec(text.slice(Math.max(0, at - 12), at));
      const written = (after?.[1] ?? before?.[1])?.trim();
      if (written) out.push({ code: 'currencyTwice', message: tokenLintText.currencyTwice(whole, written) });
    }
  }
  return out;
}

/** The authoring note a constant's value carries, as written (folded); undefined when none. */
export function authoringNote(value: string): string | undefined {
  return AUTHORING_NOTE.exec(foldText(value))?.[0];
}

export function tokenFindings(pack: Pack): LintFinding[] {
  const kinds = fieldKinds(pack);
  const findings: LintFinding[] = [];
  for (const [name, value] of Object.entries(pack.constants)) {
    const note = authoringNote(value);
    if (note !== undefined)
      findings.push({
        severity: 'warning',
        ...packError(['constants', name], 'constantAuthoringNote', tokenLintText.authoringNote(name, note)),
      });
  }
  for (const { path, text } of templatedTexts(pack)) {
    for (const { code, message } of tokenProblems(text, kinds))
      findings.push({ severity: 'warning', ...packError(path, code, message) });
  }
  return findings;
}
