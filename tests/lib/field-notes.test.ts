import { describe, expect, it } from 'vitest';
import { DATA_SCHEMAS, jsonSchemaOf, type DataSchemaName } from '../../src/lib/exports/dataset.ts';
import { FIELD_NOTES, schemaFields } from '../../src/lib/exports/field-notes.ts';

describe.each(Object.keys(DATA_SCHEMAS) as DataSchemaName[])('the %s schema', (name) => {
  const rows = schemaFields(name, jsonSchemaOf(name) as never);

  it('has a note for every published field, so the /data/ page describes all of them', () => {
    expect(rows.length).toBeGreaterThan(3);
    expect(rows.filter((r) => !r.note).map((r) => r.path)).toEqual([]);
  });

  it('has no note for a field the schema no longer has', () => {
    const paths = new Set(rows.map((r) => r.path));
    expect(Object.keys(FIELD_NOTES[name]).filter((p) => !paths.has(p))).toEqual([]);
  });
});
