/**
 * Where sources, registries and generated content live, and how to load them.
 * content/sources/<province-slug>/<document-id>.txt or .docx (+ optional .meta.json sidecar),
 * content/units/<province-slug>.json.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { documentIdFromFile } from '../../src/lib/ids.ts';
import { provinceByName } from '../../src/lib/provinces.ts';
import { UnitRegistry, unitRegistryFileSchema } from '../../src/lib/units.ts';
import { SourceError, type SourceProblem } from './errors.ts';
import { checkOverrides, type CheckedOverrides, type MetadataOverrides } from './metadata-overrides.ts';
import { SOURCE_EXTENSIONS } from './read-source.ts';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const SOURCES_DIR = path.join(ROOT, 'content/sources');
export const UNITS_DIR = path.join(ROOT, 'content/units');
export const DOCUMENTS_DIR = path.join(ROOT, 'content/documents');
export const DATA_DIR = path.join(ROOT, 'content/data');
export const IDS_DIR = path.join(ROOT, 'content/ids');

export interface SourceFile {
  id: string;
  /** Absolute path. */
  file: string;
  /** Path relative to the project root, with forward slashes. */
  relative: string;
  /** What the sidecar states; its fields that are sound. */
  overrides: MetadataOverrides;
  /** What is wrong in the sidecar, every field at once. */
  sidecarProblems: SourceProblem[];
}

export function relativeToRoot(file: string): string {
  return path.relative(ROOT, file).split(path.sep).join('/');
}

/** plan.txt or plan.docx → plan.meta.json. */
export function sidecarOf(sourceFile: string): string {
  return sourceFile.slice(0, sourceFile.length - path.extname(sourceFile).length) + '.meta.json';
}

/** Why the sidecar says what it says, for the next reader. */
const SIDECAR_EXTRA = { note: z.string({ error: 'expected text' }) };

/**
 * The sidecar (name.meta.json) says only what the text cannot: a year for an undated draft, say.
 * Its fields are those of MetadataOverrides (title, issuer, province, level, city, year, draft) and a note.
 */
export function readSidecar(sourceFile: string): CheckedOverrides {
  const sidecar = sidecarOf(sourceFile);
  if (!existsSync(sidecar)) return { overrides: {}, problems: [] };
  const file = sidecar.startsWith(ROOT + path.sep) ? relativeToRoot(sidecar) : sidecar;
  const raw = readFileSync(sidecar, 'utf8');
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (e) {
    return { overrides: {}, problems: [{ file, line: null, message: `not valid JSON: ${(e as Error).message}` }] };
  }
  return checkOverrides(json, { file, label: (key) => `“${key}”`, lineOf: (key) => lineOfKey(raw, key), extra: SIDECAR_EXTRA });
}

/** The line a JSON key is written on. */
function lineOfKey(json: string, key: string): number | null {
  const index = json.indexOf(JSON.stringify(key));
  return index < 0 ? null : json.slice(0, index).split('\n').length;
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
    const sidecar = readSidecar(file);
    return { id, file, relative, overrides: sidecar.overrides, sidecarProblems: sidecar.problems };
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
