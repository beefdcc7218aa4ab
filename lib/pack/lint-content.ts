/**
 * What a compliance lead reads a pack's content for and a pack can be checked for (content review 10):
 * every script tells the agent when to open the crisis card (DOMAIN.md §4: self-harm stops
 * collection at once).
 */
import type { LocalizedText } from '../i18n/text';
import { packError } from './errors';
import type { LintFinding } from './lint';
import type { Pack } from './schema';

export const contentLintText = {
  crisisCardNotNamed: (script: string, title: string): LocalizedText => ({
    zh: `话术 ${script} 没有一句提到危机卡片「${title}」：坐席听到客户情绪崩溃或轻生念头时不知道打开它。请在了解困难的阶段加一句做法`,
    en: `Script ${script} never names the crisis card “${title}”: agents are not told when to open it. Add a do line where hardship is discussed`,
  }),
};

/** Each script that never names a crisis card's title, as a warning. */
function crisisFindings(pack: Pack): LintFinding[] {
  const findings: LintFinding[] = [];
  const crisisCards = pack.objections.filter((o) => o.severity === 'crisis' && o.title.trim() !== '');
  for (const card of crisisCards) {
    pack.scripts.forEach((script, s) => {
      const named = script.stages.some((stage) => stage.lines.some((line) => line.text.includes(card.title)));
      if (!named)
        findings.push({
          severity: 'warning',
          ...packError(
            ['scripts', s],
            'crisisCardNotNamed',
            contentLintText.crisisCardNotNamed(script.id, card.title),
          ),
        });
    });
  }
  return findings;
}

export function contentFindings(pack: Pack): LintFinding[] {
  return crisisFindings(pack);
}
