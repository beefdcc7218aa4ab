/**
 * The hostile corpus's frozen base pack predates walk 9 and content review 10: its 做 lines read
 * 「加 dispute 标记」 and no script names the crisis card, which the pack lint now reports
 * (lib/pack/lint-names.ts, lib/pack/lint-content.ts); its lines promise 「不会再打扰您」, which
 * content review 11 reports (lib/pack/lint-assurances.ts); its stop flags do not say what they stop
 * (`stops`), which lint warns about since stop12 (lib/pack/lint-compliance.ts). Tests of other lint findings start from
 * the base brought up to those rules, as the bundled pack is.
 */
import { stopKind } from '../../../lib/compliance/flag-codes';
import { absoluteAssurance } from '../../../lib/pack/lint-assurances';
import type { Pack } from '../../../lib/pack/schema';

/** Each line read aloud that promises what the bank cannot give, said as what is true. */
function sayWhatIsTrue(pack: Pack): void {
  const sayable = (text: string) =>
    absoluteAssurance(text) === undefined ? text : '我会如实登记，按规定处理。';
  for (const objection of pack.objections) objection.say = objection.say.map(sayable);
  for (const script of pack.scripts)
    for (const stage of script.stages)
      for (const line of stage.lines) if (line.kind !== 'do') line.text = sayable(line.text);
}

/** Each stop flag says what it stops, as the old reading of its code had it. */
function sayWhatStops(pack: Pack): void {
  for (const rule of pack.rules)
    if (rule.type === 'stopFlag') for (const flag of rule.flags) flag.stops ??= stopKind(flag);
}

export function nameFlagsByLabel(pack: Pack): void {
  sayWhatStops(pack);
  const labels = new Map(
    pack.rules.flatMap((r) => (r.type === 'stopFlag' ? r.flags.map((f) => [f.flag, f.label] as const) : [])),
  );
  const named = (text: string) =>
    text.replace(/加 ([a-z-]+) 标记/g, (whole, code: string) => {
      const label = labels.get(code);
      return label ? `加「${label}」标记` : whole;
    });
  for (const objection of pack.objections) objection.do = objection.do?.map(named);
  for (const script of pack.scripts)
    for (const stage of script.stages) for (const line of stage.lines) line.text = named(line.text);
  sayWhatIsTrue(pack);
  const crisis = pack.objections.find((o) => o.severity === 'crisis');
  for (const script of pack.scripts) {
    const stage = script.stages[0];
    if (crisis && stage)
      stage.lines.push({
        id: `${stage.id}-crisis`,
        kind: 'do',
        text: `客户说到轻生，打开「${crisis.title}」卡片。`,
      });
  }
}
