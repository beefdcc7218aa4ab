import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CRM_FIELDS, isCrmField } from '@/lib/crm/fields';

const packs = ['zh-CN', 'en-US'].map(
  (name) =>
    JSON.parse(readFileSync(new URL(`../../../lib/pack/defaults/${name}.json`, import.meta.url), 'utf8')) as {
      crm: { adapters: { fields: Record<string, { parse: string }> }[] };
    },
);

describe('canonical CRM field vocabulary', () => {
  it('names every field the default adapters read, with the parse type they use', () => {
    for (const pack of packs)
      for (const adapter of pack.crm.adapters)
        for (const [name, spec] of Object.entries(adapter.fields)) {
          expect(isCrmField(name), name).toBe(true);
          if (isCrmField(name)) expect(CRM_FIELDS[name].parse, name).toBe(spec.parse);
        }
  });
  it('knows nothing the packs invent', () => {
    expect(isCrmField('toString')).toBe(false);
    expect(isCrmField('nmae')).toBe(false);
  });
});
