/**
 * Issue 11 §2: the crisis lexicon's false positives, measured on text it was not written from —
 * every non-crisis title, trigger, say/do/never line of both default packs and of the 5,000-objection
 * generated pack, and the tuning queries (held-out set) labelled with another objection. Those are
 * counted only (never printed), so the lexicon is not tuned on their wording.
 */
import { readFileSync } from 'node:fs';
import { crisisSignal } from '../../../lib/objections/crisis-signals';
import { type Objection, packSchema } from '../../../lib/pack/schema';
import { generatePack } from '../../fixtures/objections/generate';
import { HELD_OUT } from '../../fixtures/objections/held-out';

const load = (locale: string) =>
  packSchema.parse(
    JSON.parse(readFileSync(new URL(`../../../lib/pack/defaults/${locale}.json`, import.meta.url), 'utf8')),
  ).objections;
const defaults = [...load('zh-CN'), ...load('en-US')];

const texts = (objections: readonly Objection[], crisis: boolean) =>
  objections
    .filter((o) => (o.severity === 'crisis') === crisis)
    .flatMap((o) => [o.title, ...o.triggers, ...o.say, ...(o.do ?? []), ...(o.never ?? [])]);
const signalled = (list: readonly string[]) => list.filter((t) => crisisSignal(t) !== null);

describe('crisis signal false positives (issue 11 §2)', () => {
  it('finds none in the default packs’ non-crisis titles, triggers and lines', () => {
    const list = texts(defaults, false);
    expect(list.length).toBeGreaterThan(1000);
    expect(signalled(list)).toEqual([]);
    // 40,000 texts: 20 s was passed on a loaded 2-core machine; the count decides, not the time.
  }, 120_000);
  it('finds one in every crisis title and trigger of the default packs', () => {
    const heads = defaults.filter((o) => o.severity === 'crisis').flatMap((o) => [o.title, ...o.triggers]);
    expect(heads.filter((t) => crisisSignal(t) === null)).toEqual([]);
  });
  it('finds none in the 5,000-objection generated pack', () => {
    const generated = generatePack(defaults, 5000).filter((o) => !defaults.includes(o));
    const list = texts(generated, false);
    expect(list.length).toBeGreaterThan(40_000);
    expect(signalled(list)).toEqual([]);
    // 40,000 texts again: 30 s on a loaded 2-core machine (2026-12-02); the list decides, not the time.
  }, 120_000);
  it('finds none in the tuning queries of other objections, one in each crisis query (counts only)', () => {
    const other = HELD_OUT.filter((q) => q.expect !== 'self-harm').map((q) => q.query);
    const crisis = HELD_OUT.filter((q) => q.expect === 'self-harm').map((q) => q.query);
    expect(other.length).toBeGreaterThan(200);
    expect(signalled(other).length).toBe(0);
    expect(crisis.length - signalled(crisis).length).toBe(0);
  });
});
