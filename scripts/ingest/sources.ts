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
import { SourceError, type IngestWarning, type SourceProblem } from './errors.ts';
import { checkOverrides, type CheckedOverrides, type MetadataOverrides } from './metadata-overrides.ts';
import { describeIssues } from './schema-errors.ts';
import { SOURCE_EXTENSIONS } from './read-source.ts';

export { CONTENT_DIR, PROJECT_ROOT as ROOT };
export const SOURCES_DIR = path.join(CONTENT_DIR, 'sources');
export const UNITS_DIR = path.join(CONTENT_DIR, 'units');
export const DOCUMENTS_DIR = path.join(CONTENT_DIR, 'documents');
export const DATA_DIR = path.join(CONTENT_DIR, 'data');
export const IDS_DIR = path.join(CONTENT_DIR, 'ids');

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
  const json = parseJson(shown, readFileSync(file, 'utf8'), what);
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw new SourceError(shown, null, `unexpected ${what} content: ${describeIssues(parsed.error, json)}${shape ? `; it should look like ${shape}` : ''}`);
  return parsed.data;
}

/** JSON text parsed, or a SourceError naming the line of the syntax error. */
function parseJson(shown: string, text: string, what: string): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    const message = (e as Error).message;
    const position = /at position (\d+)/.exec(message);
    const line = /\(line (\d+) column \d+\)/.exec(message)?.[1] ?? (position ? text.slice(0, Number(position[1])).split('\n').length : /end of JSON/.test(message) ? text.trimEnd().split('\n').length : null);
    const reason = message.replace(/, ".*" is not valid JSON$/s, '').replace(/ in JSON at position \d+.*$/, '');
    throw new SourceError(shown, line === null ? null : Number(line), `not valid JSON (${reason}); expected a ${what} as one JSON object`);
  }
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
  const file = relativeToRoot(sidecar);
  const raw = readFileSync(sidecar, 'utf8');
  let json: unknown;
  try {
    json = parseJson(file, raw, 'sidecar');
  } catch (e) {
    if (e instanceof SourceError) return { overrides: {}, problems: [...e.problems] };
    throw e;
  }
  return checkOverrides(json, { file, label: (key) => `“${key}”`, lineOf: (key) => lineOfKey(raw, key), extra: SIDECAR_EXTRA });
}

/** The line a JSON key is written on. */
function lineOfKey(json: string, key: string): number | null {
  const index = json.indexOf(JSON.stringify(key));
  return index < 0 ? null : json.slice(0, index).split('\n').length;
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
