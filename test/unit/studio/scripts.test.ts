import zhPack from '@/lib/pack/defaults/zh-CN.json';
import { lintPack } from '@/lib/pack/lint';
import { packSchema } from '@/lib/pack/schema';
import {
  lineVariables,
  newAnswer,
  newLine,
  newScript,
  newStage,
  segmentsUsing,
  stagesLeadingTo,
  unknownVariables,
} from '@/lib/studio/scripts';

describe('scripts in the Studio', () => {
  it('flags exactly the variables lint refuses as undefined', () => {
    const known = lineVariables(zhPack);
    const text =
      '您好{{name}}，{{nmae}} {{agent.id}} {{ balance | money }} {{promise.date}} {{nmae}} {{hotline.x}}';
    expect(unknownVariables(text, known)).toEqual(['nmae', 'hotline.x']);
    const draft = structuredClone(zhPack);
    const line = draft.scripts[0]?.stages[0]?.lines[0];
    if (!line) throw new Error('no line');
    line.text = text;
    const lint = lintPack(packSchema.parse(draft))
      .filter((f) => f.code === 'undefinedVariable')
      .map((f) => f.message.en);
    expect(lint).toHaveLength(3);
    for (const name of ['nmae', 'hotline.x']) expect(lint.some((m) => m.includes(name))).toBe(true);
  });

  it('describes vocabulary fields by their label and constants by their value', () => {
    const known = lineVariables(zhPack);
    expect(known.find((v) => v.name === 'dpd')?.label).toEqual({ zh: '逾期天数', en: 'Days past due' });
    const [constant, value] = Object.entries(zhPack.constants)[0] ?? [];
    expect(known.find((v) => v.name === constant)?.label).toBe(value);
    expect(known.map((v) => v.name)).toContain('plan.agreed');
  });

  it('generates ids unique where references require: stages and lines per script, answers per line', () => {
    const script = zhPack.scripts[0];
    const stage = newStage(script, 'Negotiate', 'Words');
    expect(script?.stages.map((s) => s.id)).not.toContain(stage.id);
    const lineIds = script?.stages.flatMap((s) => s.lines.map((l) => l.id)) ?? [];
    expect(lineIds).not.toContain(stage.lines[0]?.id);
    const stageId = script?.stages[0]?.id ?? '';
    const taken = structuredClone(script);
    taken?.stages[0]?.lines.push(newLine(script, stageId, 'x') as never);
    expect(newLine(taken, stageId, 'y').id).not.toBe(newLine(script, stageId, 'x').id);
    expect(newScript(zhPack, 'Early', 'Open', 'Hello')).toMatchObject({
      id: 'script-early-2',
      name: 'Early',
    });
    expect(newAnswer({ answers: [{ id: 'answer-yes' }] }, 'Yes').id).toBe('answer-yes-2');
    expect(segmentsUsing(zhPack, 'script-late')).toEqual(['后期 M3+（逾期61天以上）']);
  });

  it('makes a new script that passes the schema', () => {
    const draft = structuredClone(zhPack);
    draft.scripts.push(newScript(draft, 'New script', 'New stage', 'New line') as never);
    expect(packSchema.safeParse(draft).success).toBe(true);
  });

  it('names the stages whose answers or buttons lead to a stage, and none for a stage nothing leads to', () => {
    const script = zhPack.scripts[0];
    expect(stagesLeadingTo(script, 'h-third-party')).toEqual(['开场 · 确认本人', '核实身份 · 说明来意']);
    expect(stagesLeadingTo(script, 'h-commit')).toEqual(['个性化分期方案']);
    expect(stagesLeadingTo(script, 'h-identify')).toEqual(['他人接听 · 只留言']);
    expect(stagesLeadingTo(script, 'no-such-stage')).toEqual([]);
  });
});
