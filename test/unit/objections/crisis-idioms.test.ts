/**
 * Despair said as an idiom (生无可恋, 万念俱灰) is a weak crisis signal: the crisis card stays in the
 * list (issue 11 §2). Sentences made up on 2026-12-02, after the code; the default pack.
 */
import { readFileSync } from 'node:fs';
import { crisisSignal } from '../../../lib/objections/crisis-signals';
import { buildObjectionIndex, searchObjections } from '../../../lib/objections/search';
import { packSchema } from '../../../lib/pack/schema';

const zh = buildObjectionIndex(
  packSchema.parse(
    JSON.parse(readFileSync(new URL('../../../lib/pack/defaults/zh-CN.json', import.meta.url), 'utf8')),
  ).objections,
);
const ids = (query: string) => searchObjections(zh, query).map((r) => r.objection.id);

describe('despair said as an idiom', () => {
  it.each(['生无可恋', '万念俱灰', '最近真的生无可恋', '心如死灰'])('hears %s', (query) => {
    expect(crisisSignal(query)).toBe('weak');
    expect(ids(query)).toContain('self-harm');
  });
});
