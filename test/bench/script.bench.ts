/**
 * Issue 3: select + render of a 500-line script, as the panel does on every CRM update.
 * Goal: under 5 ms (median and p95).
 */
import type { AccountContext } from '../../lib/crm/context';
import { factsOf } from '../../lib/pack/condition';
import zhPack from '../../lib/pack/defaults/zh-CN.json';
import { parsePack } from '../../lib/pack/parse';
import type { Pack, Script } from '../../lib/pack/schema';
import { visibleLines } from '../../lib/script/flow';
import { render } from '../../lib/script/render';
import { selectSegment } from '../../lib/script/select';

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? Number.NaN;
}

export default async function scriptBench(): Promise<string> {
  const parsed = parsePack(zhPack);
  if (!parsed.ok) throw new Error('default pack invalid');
  const base = parsed.pack;
  const templates = base.scripts.flatMap((s) => s.stages.flatMap((st) => st.lines));
  // 500 lines over 10 stages, built from the default pack's real lines (variables, conditions).
  const big: Script = {
    id: 'big',
    name: 'big',
    stages: Array.from({ length: 10 }, (_, s) => ({
      id: `s${s}`,
      title: `Stage ${s}`,
      phase: 'understand' as const,
      lines: Array.from({ length: 50 }, (_, i) => ({
        ...templates[(s * 50 + i) % templates.length]!,
        id: `l${s}-${i}`,
      })),
    })),
  };
  const pack: Pack = {
    ...base,
    scripts: [...base.scripts, big],
    segments: base.segments.map((g) => ({ ...g, scriptId: 'big' })),
  };
  const context: AccountContext = {
    adapterId: 'demo-crm',
    accountKey: 'CC20240001',
    fields: {
      name: { raw: '张伟', value: '张伟', parse: 'text', source: { selector: '#customer-name' } },
      overdueAmount: { raw: '¥12,345.67', value: 1234567, parse: 'money', source: { label: '逾期金额' } },
      minimumDue: { raw: '¥1,234.50', value: 123450, parse: 'money', source: { label: '最低还款额' } },
      dpd: { raw: '75 天', value: 75, parse: 'int', source: { label: '逾期天数' } },
      dueDate: { raw: '2026-09-15', value: '2026-09-15', parse: 'date', source: { label: '到期还款日' } },
      flags: { raw: '', value: [], parse: 'list', source: { selector: '#account-flags' } },
    },
    problems: [],
    url: 'http://127.0.0.1/accounts/CC20240001',
    readAt: 0,
  };
  const agent = { name: '王芳', id: 'A1024' };
  const run = () => {
    const selection = selectSegment(pack, context);
    const facts = factsOf(context);
    let chars = 0;
    for (const stage of selection!.script.stages) {
      for (const line of visibleLines(stage, facts))
        chars += render(line.text, { context, pack, agent }).text.length;
    }
    return chars;
  };
  for (let i = 0; i < 50; i++) run();
  const times: number[] = [];
  for (let i = 0; i < 500; i++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const lines = big.stages.reduce((n, s) => n + s.lines.length, 0);
  return [
    '## Script: select + render (issue 3)',
    '',
    `| script lines | runs | median ms | p95 ms | goal |`,
    `|---:|---:|---:|---:|---|`,
    `| ${lines} | ${times.length} | ${percentile(times, 0.5).toFixed(2)} | ${percentile(times, 0.95).toFixed(2)} | < 5 ms |`,
  ].join('\n');
}
