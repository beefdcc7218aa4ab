/**
 * Regulators and hotlines a pack names to the customer (content review 12). A number given for the
 * wrong purpose sends a customer in crisis to a complaints desk, or a complaint to a crisis line:
 * 12378 (the financial regulator's consumer complaint line) and 12356 (the national psychological
 * assistance line) are one digit apart in length and easy to swap; 12315 is the market regulator's
 * line, not the one for a bank's card. A regulator named by the name it had before the 2023 reform
 * (银保监会, 银监会, 保监会, a 银保监局) sends the customer to a body that no longer exists.
 * Read on every text the agent reads or says, with the pack's constants filled in (the numbers live
 * there), through the one folding; citations (`source`) are the law's own names and are not read.
 */
import type { LocalizedText } from '../i18n/text';
import { foldText } from '../text/fold';
import { packError } from './errors';
import type { LintFinding } from './lint';
import { agentTexts, fillConstants } from './lint-names';
import type { Pack } from './schema';

type Purpose = 'complaint' | 'crisis' | 'market';

interface Hotline {
  /** Digits only, as the number is matched. */
  digits: string;
  shown: string;
  purpose: Purpose;
  name: LocalizedText;
}

const hotline = (shown: string, purpose: Purpose, zh: string, en: string): Hotline => ({
  digits: shown.replace(/\D/g, ''),
  shown,
  purpose,
  name: { zh, en },
});

/** Well-known numbers and what they are for. */
const HOTLINES: readonly Hotline[] = [
  hotline('12378', 'complaint', '金融监管总局消费者投诉热线', "the financial regulator's complaint line"),
  hotline('12363', 'complaint', '人民银行金融消费权益保护热线', "the central bank's consumer line"),
  hotline('1-855-411-2372', 'complaint', '美国消费者金融保护局（CFPB）', 'the CFPB'),
  hotline('12356', 'crisis', '全国心理援助热线', 'the national psychological assistance line'),
  hotline('400-161-9995', 'crisis', '希望24热线', 'the Hope 24 line'),
  hotline('988', 'crisis', '988 危机热线', 'the 988 Lifeline'),
  hotline('12315', 'market', '市场监管投诉热线', "the market regulator's line"),
];

/** Words that say what a sentence sends the customer to do, on folded text. */
const COMPLAINT_WORDS = /投诉|反映|申诉|维权|监管|complain|complaint|regulator|report (us|it|this)/;
const CRISIS_WORDS =
  /心理|危机|轻生|自杀|想不开|难受|情绪|crisis|suicid|lifeline|self-harm|mental|emotional|distress/;
/** The regulator's names before the 2023 reform; not a document number (银保监规〔2022〕13号) or title (…关于…). */
const OLD_REGULATOR =
  /(中国)?(银保监会|银监会|保监会|银保监局|银保监分局|银监局|保监局)(?![规发办函〔[(（]|关于)/;

export const channelLintText = {
  hotlineForOtherPurpose: (shown: string, name: LocalizedText, purpose: Purpose): LocalizedText => ({
    zh:
      purpose === 'crisis'
        ? `${shown} 是${name.zh}（心理危机求助），这句话却让客户用它来投诉或反映问题。投诉请给本行热线或金融监管部门的12378`
        : purpose === 'market'
          ? `${shown} 是${name.zh}，不受理银行信用卡的投诉：银行业的投诉热线是12378`
          : `${shown} 是${name.zh}（投诉），这句话却让情绪崩溃或有轻生念头的客户拨打它。危机求助请给全国心理援助热线12356（美国988）`,
    en:
      purpose === 'crisis'
        ? `${shown} is ${name.en} (for a crisis), but this sentence sends the customer there to complain. Give the complaint channel or the regulator's line instead`
        : purpose === 'market'
          ? `${shown} is ${name.en}; it does not handle complaints about a bank's card: the banking regulator's line is 12378`
          : `${shown} is ${name.en} (for complaints), but this sentence gives it to a customer in crisis. Give the crisis line (12356 in China, 988 in the US)`,
  }),
  outdatedRegulator: (written: string): LocalizedText => ({
    zh: `"${written}" 已于2023年撤销，职责并入国家金融监督管理总局（地方为金融监管局）：客户按旧名称找不到受理机构。请写「金融监管部门」或「国家金融监督管理总局」，热线12378`,
    en: `"${written}" was abolished in 2023 and its duties moved to the National Financial Regulatory Administration (local offices: 金融监管局): the customer cannot reach the old body. Name the current regulator; its line is 12378`,
  }),
};

/** A digit in any width, or 监/監: what every hotline and every old regulator's name contains. */
const MAY_NAME = /[0-9０-９监監]/;

/** A sentence of folded text: the unit a number and the words about it belong to. */
function sentences(folded: string): string[] {
  return folded.split(/[。；;！？!?\n]|\.(?:\s|$)/).filter((s) => s.trim() !== '');
}

function digitsAt(sentence: string): string[] {
  return [...sentence.matchAll(/\d[\d\- ]*\d|\d/g)].map((m) => m[0].replace(/[- ]/g, ''));
}

/** The findings for one text (constants already filled), as [code, message]. */
export function channelProblems(text: string): { code: string; message: LocalizedText }[] {
  const out: { code: string; message: LocalizedText }[] = [];
  // Most texts name no number and no regulator: skip the folding for them (the Studio lints on every edit).
  if (!MAY_NAME.test(text)) return out;
  const folded = foldText(text);
  const old = OLD_REGULATOR.exec(folded);
  if (old) out.push({ code: 'outdatedRegulator', message: channelLintText.outdatedRegulator(old[0]) });
  for (const sentence of sentences(folded)) {
    const numbers = new Set(digitsAt(sentence));
    const complaint = COMPLAINT_WORDS.test(sentence);
    const crisis = CRISIS_WORDS.test(sentence);
    for (const line of HOTLINES) {
      if (!numbers.has(line.digits)) continue;
      const wrong =
        (line.purpose === 'crisis' && complaint && !crisis) ||
        (line.purpose === 'complaint' && crisis && !complaint) ||
        (line.purpose === 'market' && complaint);
      if (wrong)
        out.push({
          code: 'hotlineForOtherPurpose',
          message: channelLintText.hotlineForOtherPurpose(line.shown, line.name, line.purpose),
        });
    }
  }
  return out;
}

export function channelFindings(pack: Pack): LintFinding[] {
  const findings: LintFinding[] = [];
  for (const { path, text } of agentTexts(pack)) {
    for (const { code, message } of channelProblems(fillConstants(pack, text)))
      findings.push({ severity: 'warning', ...packError(path, code, message) });
  }
  for (const [name, value] of Object.entries(pack.constants)) {
    for (const { code, message } of channelProblems(value).filter((p) => p.code === 'outdatedRegulator'))
      findings.push({ severity: 'warning', ...packError(['constants', name], code, message) });
  }
  return findings;
}
