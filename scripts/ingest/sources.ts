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
import { RegistryError, UnitRegistry, unitRegistryFileSchema } from '../../src/lib/units.ts';
import { CONTENT_DIR, PROJECT_ROOT } from '../../src/paths.ts';
import { SourceError, type IngestWarning } from './errors.ts';
import { describeIssues } from './schema-errors.ts';
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

/** A path as messages and the generated data show it: relative to the project when inside it. */
export function relativeToRoot(file: string): string {
  const relative = path.relative(PROJECT_ROOT, path.resolve(file));
  return relative.startsWith('..') || path.isAbsolute(relative) ? path.resolve(file) : relative.split(path.sep).join('/');
}

/**
 * Reads a JSON file and validates it; a syntax error names its line, a schema problem its field.
 * `what` names the kind of file in the message; `shape` shows what one looks like.
 */
export function readJsonFile<T extends z.ZodType>(file: string, schema: T, what: string, shape?: string): z.infer<T> {
  const shown = relativeToRoot(file);
  const text = readFileSync(file, 'utf8');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    const message = (e as Error).message;
    const position = /at position (\d+)/.exec(message);
    const line = /\(line (\d+) column \d+\)/.exec(message)?.[1] ?? (position ? text.slice(0, Number(position[1])).split('\n').length : /end of JSON/.test(message) ? text.trimEnd().split('\n').length : null);
    const reason = message.replace(/, ".*" is not valid JSON$/s, '').replace(/ in JSON at position \d+.*$/, '');
    throw new SourceError(shown, line === null ? null : Number(line), `not valid JSON (${reason}); expected a ${what} as one JSON object`);
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw new SourceError(shown, null, `unexpected ${what} content: ${describeIssues(parsed.error, json)}${shape ? `; it should look like ${shape}` : ''}`);
  return parsed.data;
}

/** plan.txt or plan.docx → plan.meta.json. */
export function sidecarOf(sourceFile: string): string {
  return sourceFile.slice(0, sourceFile.length - path.extname(sourceFile).length) + '.meta.json';
}

export function readSidecar(sourceFile: string): MetadataOverrides {
  const sidecar = sidecarOf(sourceFile);
  if (!existsSync(sidecar)) return {};
  const { note: _note, ...overrides } = readJsonFile(sidecar, sidecarSchema, 'sidecar');
  return overrides;
}

/** A source whose name is not plain ASCII gets a hashed id (ids.ts); worth renaming before its links spread. */
export function fileNameWarning(file: string, id: string): IngestWarning | undefined {
  if (/^[\x00-\x7f]*$/.test(path.basename(file))) return undefined;
  return { file, line: null, message: `the file name is not ASCII, so its permalinks use the id “${id}”; rename the file (e.g. hebei-2024-gongzuo-yaodian.txt) for readable links` };
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
    const data = readJsonFile(file, unitRegistryFileSchema, 'unit registry');
    if (data.province !== provinceName) throw new SourceError(relativeToRoot(file), null, `registry says province “${data.province}”, expected “${provinceName}”`);
    try {
      registry = new UnitRegistry(data);
    } catch (e) {
      if (e instanceof RegistryError) throw new SourceError(relativeToRoot(file), null, e.message);
      throw e;
    }
  }
  registries.set(key, registry);
  return registry;
}
