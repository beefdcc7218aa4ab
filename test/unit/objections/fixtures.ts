import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { type Objection, objectionSchema } from '../../../lib/pack/schema';

const dir = resolve(import.meta.dirname, '../../fixtures/objections');

export function fixtureObjections(locale: 'zh-CN' | 'en-US'): Objection[] {
  return objectionSchema.array().parse(JSON.parse(readFileSync(resolve(dir, `${locale}.json`), 'utf8')));
}

/** A minimal valid objection for ranking tests. */
export function objection(id: string, fields: Partial<Objection> = {}): Objection {
  return { id, category: 'test', title: id, triggers: [], say: ['…'], ...fields };
}
