/**
 * Reads and applies the committed clause id registries (content/ids/<document id>.json) and their
 * optional override files (<document id>.overrides.json), which settle splits and merges that
 * alignment cannot decide:
 *   { "pairs": [{ "id": "doc-3-1-2", "startsWith": "深入实施青年马克思主义者培养工程" }],
 *     "fresh": ["开展“青年大学习”网上主题团课"] }
 * "pairs" keeps a registered id for the revised clause whose wording starts so; "fresh" gives the
 * revised clauses starting so new ids, whatever they resemble.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { comparableWording, type AlignmentOverrides } from '../../src/lib/clause-alignment.ts';
import { idRegistrySchema, type IdRegistry } from '../../src/lib/schema.ts';
import { SourceError } from './errors.ts';
import { readJsonFile, relativeToRoot } from './sources.ts';

const overridesSchema = z
  .object({
    /** Why the overrides are needed, for the next reader. */
    note: z.string().optional(),
    pairs: z.array(z.object({ id: z.string().min(1), startsWith: z.string().min(1) }).strict()).optional(),
    fresh: z.array(z.string().min(1)).optional(),
  })
  .strict();

const OVERRIDES_SUFFIX = '.overrides.json';

/** Override files are written by hand: they live among the generated registries but are inputs. */
export function isOverridesFile(file: string): boolean {
  return file.endsWith(OVERRIDES_SUFFIX);
}

/** Every registry in the directory, by document id. */
export function readRegistries(dir: string): Map<string, IdRegistry> {
  const registries = new Map<string, IdRegistry>();
  if (!existsSync(dir)) return registries;
  for (const name of readdirSync(dir).sort()) {
    if (!name.endsWith('.json') || isOverridesFile(name)) continue;
    const file = path.join(dir, name);
    const registry = readJsonFile(file, idRegistrySchema, 'clause id registry');
    if (`${registry.document}.json` !== name) throw new SourceError(relativeToRoot(file), null, `registry of “${registry.document}” must be named ${registry.document}.json`);
    registries.set(registry.document, registry);
  }
  return registries;
}

/** The overrides for a document, resolved against its revised clauses. */
export function readOverrides(dir: string, documentId: string, revisedTexts: readonly string[]): AlignmentOverrides {
  const file = path.join(dir, `${documentId}${OVERRIDES_SUFFIX}`);
  if (!existsSync(file)) return {};
  const overrides = readJsonFile(file, overridesSchema, 'id overrides', '{"pairs": [{"id", "startsWith"}], "fresh": [text]}');
  const where = relativeToRoot(file);
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
    pairs: new Map((overrides.pairs ?? []).map((p) => [p.id, clauseStarting(p.startsWith)])),
    fresh: new Set((overrides.fresh ?? []).map(clauseStarting)),
  };
}
