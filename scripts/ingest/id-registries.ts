/**
 * Reads and applies the committed clause id registries (content/ids/<document id>.json) and their
 * optional override files (<document id>.overrides.json), which settle splits and merges that
 * alignment cannot decide:
 *   { "pairs": [{ "id": "doc-3-1-2", "startsWith": "深入实施青年马克思主义者培养工程" }],
 *     "fresh": ["开展“青年大学习”网上主题团课"] }
 * "pairs" keeps a registered id for the revised clause whose wording starts so; "fresh" gives the
 * revised clauses starting so new ids, whatever they resemble.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { comparableWording, type AlignmentOverrides } from '../../src/lib/clause-alignment.ts';
import { idRegistrySchema, type IdRegistry } from '../../src/lib/schema.ts';
import { SourceError } from './errors.ts';
import { relativeToRoot } from './sources.ts';

const overridesSchema = z
  .object({
    /** Why the overrides are needed, for the next reader. */
    note: z.string().optional(),
    pairs: z.array(z.object({ id: z.string().min(1), startsWith: z.string().min(1) }).strict()).optional(),
    fresh: z.array(z.string().min(1)).optional(),
  })
  .strict();

function readJson(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new SourceError(relativeToRoot(file), null, `not valid JSON: ${(e as Error).message}`);
  }
}

/** Every registry in the directory, by document id. */
export function readRegistries(dir: string): Map<string, IdRegistry> {
  const registries = new Map<string, IdRegistry>();
  if (!existsSync(dir)) return registries;
  for (const name of readdirSync(dir).sort()) {
    if (!name.endsWith('.json') || name.endsWith('.overrides.json')) continue;
    const file = path.join(dir, name);
    const parsed = idRegistrySchema.safeParse(readJson(file));
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new SourceError(relativeToRoot(file), null, `not a clause id registry: ${issue.path.join('.') || '(top)'}: ${issue.message}`);
    }
    if (`${parsed.data.document}.json` !== name) throw new SourceError(relativeToRoot(file), null, `registry of “${parsed.data.document}” must be named ${parsed.data.document}.json`);
    registries.set(parsed.data.document, parsed.data);
  }
  return registries;
}

/** The overrides for a document, resolved against its revised clauses. */
export function readOverrides(dir: string, documentId: string, revisedTexts: readonly string[]): AlignmentOverrides {
  const file = path.join(dir, `${documentId}.overrides.json`);
  if (!existsSync(file)) return {};
  const parsed = overridesSchema.safeParse(readJson(file));
  const where = relativeToRoot(file);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new SourceError(where, null, `unexpected overrides: ${issue.path.join('.') || '(top)'}: ${issue.message}; expected {"pairs": [{"id", "startsWith"}], "fresh": [text]}`);
  }
  const wordings = revisedTexts.map(comparableWording);
  const clauseStarting = (start: string): number => {
    const wanted = start.replace(/\s+/g, '');
    const found = wordings.flatMap((w, i) => (w.startsWith(wanted) ? [i] : []));
    if (found.length !== 1) {
      throw new SourceError(where, null, `“${start}” starts ${found.length === 0 ? 'no' : `${found.length}`} clauses of the text; expected exactly one`);
    }
    return found[0]!;
  };
  return {
    pairs: new Map((parsed.data.pairs ?? []).map((p) => [p.id, clauseStarting(p.startsWith)])),
    fresh: new Set((parsed.data.fresh ?? []).map(clauseStarting)),
  };
}
