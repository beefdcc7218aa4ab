/**
 * Red team 10: a threat written in traditional characters in a pack's own words is read by the
 * gate as its simplified form (the one folding maps 繁體 one-to-one, lib/text/traditional.ts),
 * through the real sync service: the v3 is refused for the same forbidden phrases and v2 stays.
 */
import { foldText } from '@/lib/text/fold';
import { early } from '../../fixtures/hostile/make';
import { packServer, refusedForLint } from './sync-harness';

const pack = packServer();

/** The forbidden phrases the gate names when it refuses a v3 with `line` added to a script line. */
async function refusedPhrases(line: string, path: string): Promise<string[]> {
  const record = await refusedForLint(
    pack,
    (p) => {
      const first = early(p)[2]?.lines[0];
      if (first) first.text = `${first.text}${line}`;
    },
    path,
  );
  return (record.details ?? []).flatMap(
    (x) => /^Contains the forbidden phrase "(.+?)"/.exec(x.message.en)?.[1] ?? [],
  );
}

describe('a threat in traditional characters in a pack (red team 10)', () => {
  it.each([
    ['明天我们就上门找你。', '明天我們就上門找你。'],
    ['我们会通知你单位领导。', '我們會通知你單位領導。'],
    ['再不还就让你坐牢。', '再不還就讓你坐牢。'],
    ['不还钱就去你家里找你家人。', '不還錢就去你家裡找你家人。'],
  ])('refuses %s and %s for the same phrases, and keeps v2', async (simplified, traditional) => {
    const expected = await refusedPhrases(simplified, '/v3-simplified');
    expect(expected.length).toBeGreaterThan(0);
    const found = await refusedPhrases(traditional, '/v3-traditional');
    // Named as the pack wrote them (上門), read as the simplified phrase (上门).
    expect(found.map((text) => foldText(text))).toEqual(expected.map((text) => foldText(text)));
    for (const phrase of found) expect(traditional).toContain(phrase);
  });
});
