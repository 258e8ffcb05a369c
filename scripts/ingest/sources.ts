/**
 * Where sources, registries and generated content live, and how to load them. Under the content
 * root (src/paths.ts: ATLAS_CONTENT_DIR or content/):
 * sources/<province-slug>/<document-id>.txt or .docx (+ optional .meta.json sidecar),
 * units/<province-slug>.json, and the generated documents/, data/ and ids/.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { documentIdFromFile } from '../../src/lib/ids.ts';
import { provinceByName } from '../../src/lib/provinces.ts';
import { UnitRegistry, unitRegistryFileSchema } from '../../src/lib/units.ts';
import { CONTENT_DIR, PROJECT_ROOT } from '../../src/paths.ts';
import { SourceError } from './errors.ts';
import type { MetadataOverrides } from './metadata.ts';
import { SOURCE_EXTENSIONS } from './read-source.ts';

export { CONTENT_DIR, PROJECT_ROOT as ROOT };
export const SOURCES_DIR = path.join(CONTENT_DIR, 'sources');
export const UNITS_DIR = path.join(CONTENT_DIR, 'units');
export const DOCUMENTS_DIR = path.join(CONTENT_DIR, 'documents');
export const DATA_DIR = path.join(CONTENT_DIR, 'data');
export const IDS_DIR = path.join(CONTENT_DIR, 'ids');

/** The sidecar says only what the text cannot: a year for an undated draft, say. */
export const sidecarSchema = z
  .object({
    title: z.string().min(1).optional(),
    province: z.string().min(1).optional(),
    issuer: z.string().min(1).optional(),
    year: z.number().int().min(1949).max(2100).optional(),
    /** Why the sidecar says what it says, for the next reader. */
    note: z.string().optional(),
  })
  .strict();

export interface SourceFile {
  id: string;
  /** Absolute path. */
  file: string;
  /** Path relative to the project root, with forward slashes. */
  relative: string;
  overrides: MetadataOverrides;
}

/** A path as messages and the frontmatter name it: relative to the directory holding the content root (content/sources/…). */
export function relativeToRoot(file: string): string {
  return path.relative(path.dirname(CONTENT_DIR), file).split(path.sep).join('/');
}

/** plan.txt or plan.docx → plan.meta.json. */
export function sidecarOf(sourceFile: string): string {
  return sourceFile.slice(0, sourceFile.length - path.extname(sourceFile).length) + '.meta.json';
}

export function readSidecar(sourceFile: string): MetadataOverrides {
  const sidecar = sidecarOf(sourceFile);
  if (!existsSync(sidecar)) return {};
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(sidecar, 'utf8'));
  } catch (e) {
    throw new SourceError(relativeToRoot(sidecar), null, `not valid JSON: ${(e as Error).message}`);
  }
  const parsed = sidecarSchema.safeParse(json);
  if (!parsed.success) throw new SourceError(relativeToRoot(sidecar), null, `unexpected sidecar content: ${parsed.error.message}`);
  const { note: _note, ...overrides } = parsed.data;
  return overrides;
}

function isSource(name: string): boolean {
  return (SOURCE_EXTENSIONS as readonly string[]).includes(path.extname(name).toLowerCase()) && !name.startsWith('~$');
}

/** Every source (.txt, .docx), sorted by path so output order never depends on the file system. */
export function listSources(dir = SOURCES_DIR): SourceFile[] {
  const files: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && isSource(entry.name)) files.push(path.join(entry.parentPath, entry.name));
  }
  files.sort();
  const seen = new Map<string, string>();
  return files.map((file) => {
    const id = documentIdFromFile(file);
    const relative = relativeToRoot(file);
    const other = seen.get(id);
    if (other) throw new SourceError(relative, null, `document id “${id}” is also the id of ${other}; rename one of them`);
    seen.set(id, relative);
    return { id, file, relative, overrides: readSidecar(file) };
  });
}

const registries = new Map<string, UnitRegistry | undefined>();

/** The unit registry for a province (content/units/<slug>.json), or undefined when there is none. */
export function registryFor(provinceName: string, dir = UNITS_DIR): UnitRegistry | undefined {
  const key = `${dir}\u0000${provinceName}`;
  if (registries.has(key)) return registries.get(key);
  const province = provinceByName(provinceName);
  const file = province ? path.join(dir, `${province.slug}.json`) : undefined;
  let registry: UnitRegistry | undefined;
  if (file && existsSync(file)) {
    const parsed = unitRegistryFileSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    if (!parsed.success) throw new SourceError(relativeToRoot(file), null, `unexpected registry content: ${parsed.error.message}`);
    if (parsed.data.province !== provinceName) throw new SourceError(relativeToRoot(file), null, `registry says province “${parsed.data.province}”, expected “${provinceName}”`);
    registry = new UnitRegistry(parsed.data);
  }
  registries.set(key, registry);
  return registry;
}
