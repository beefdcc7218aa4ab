/**
 * Reading a default pack the way the compliance review did (issue 13 §6): what the agent says or
 * does, where, and in which order. `never` lists and customer triggers are quotes, not speech.
 */
import { readFileSync } from 'node:fs';
import { type Pack, packSchema } from '../../../lib/pack/schema';
import { foldText } from '../../../lib/text/fold';

export function loadDefaultPack(locale: 'zh-CN' | 'en-US'): Pack {
  const url = new URL(`../../../lib/pack/defaults/${locale}.json`, import.meta.url);
  return packSchema.parse(JSON.parse(readFileSync(url, 'utf8')));
}

export interface Spoken {
  /** script/stage/line, or objection id with the list and index. */
  where: string;
  text: string;
  phase?: string;
}

/** Every script line and answer, and every objection say / do line. */
export function spokenTexts(pack: Pack): Spoken[] {
  const out: Spoken[] = [];
  for (const script of pack.scripts) {
    for (const stage of script.stages) {
      for (const line of stage.lines) {
        const where = `${script.id}/${stage.id}/${line.id}`;
        out.push({ where, text: line.text, phase: stage.phase });
        for (const a of line.answers ?? [])
          out.push({ where: `${where}/${a.id}`, text: a.label, phase: stage.phase });
      }
    }
  }
  for (const o of pack.objections) {
    for (const [i, text] of o.say.entries()) out.push({ where: `${o.id} say[${i}]`, text });
    for (const [i, text] of (o.do ?? []).entries()) out.push({ where: `${o.id} do[${i}]`, text });
  }
  return out;
}

/** Constants filled in, CRM fields left as written: what could be read out. */
export function withConstants(pack: Pack, text: string): string {
  return text.replace(
    /\{\{\s*([^}|\s]+)\s*(?:\|[^}]*)?\}\}/g,
    (whole, name: string) => pack.constants[name] ?? whole,
  );
}

/** The texts among `spoken` that match `pattern` (tested on the folded text), as `where: text`. */
export function hits(pack: Pack, spoken: readonly Spoken[], pattern: RegExp): string[] {
  return spoken
    .filter((s) => pattern.test(foldText(withConstants(pack, s.text))))
    .map((s) => `${s.where}: ${s.text}`);
}

/**
 * For each script: the position of the first line ticking `item` and of the first `ask` line, in
 * the order the script is read (stages in order, lines in order).
 */
export function firstTickBeforeFirstAsk(pack: Pack, item: string): Record<string, boolean> {
  const result: Record<string, boolean> = {};
  for (const script of pack.scripts) {
    const lines = script.stages.flatMap((stage) => stage.lines);
    const tick = lines.findIndex((l) => l.ticks?.includes(item));
    const ask = lines.findIndex((l) => l.kind === 'ask');
    result[script.id] = tick >= 0 && (ask < 0 || tick < ask);
  }
  return result;
}

type Line = Pack['scripts'][number]['stages'][number]['lines'][number];

/** A copy of the pack with every script line passed through `edit` (a counter-example's pack). */
export function mapLines(pack: Pack, edit: (line: Line) => Line): Pack {
  return {
    ...pack,
    scripts: pack.scripts.map((s) => ({
      ...s,
      stages: s.stages.map((st) => ({ ...st, lines: st.lines.map(edit) })),
    })),
  };
}
