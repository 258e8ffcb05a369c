/**
 * What ingestion wrote from each source, remembered between runs, so that after one source changed
 * `npm run ingest` does not extract, align and serialise the others again.
 *
 * A source's output is reused when everything it was made from is as it was — the source's bytes, its
 * sidecar, its id overrides, the unit registries and the ingester's own code (with its libraries) —
 * and the files written from it are still on disk, unchanged. A document whose units resolve through a
 * registry seeded from its whole province is never reused: another source of the province can change
 * that registry. The record lives outside content/ (node_modules/.cache/), so it is never committed; a
 * fresh checkout, or `--check`, simply reads every source.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { IngestWarning } from './errors.ts';
import { ROOT } from './sources.ts';

export interface CachedSource {
  /** Hash of everything the output was made from. */
  key: string;
  id: string;
  /** sha256 of the MDX document and of the id registry written from the source. */
  mdx: string;
  registry: string;
  warnings: IngestWarning[];
}

/** Where the output of a source of this content root was written. */
export interface OutputFiles {
  mdx: string;
  registry: string;
}

const CACHE_DIR = path.join(ROOT, 'node_modules/.cache/policy-atlas');
/** The code and data ingestion runs on: a change to any of them makes every source count as changed. */
const CODE = ['scripts/ingest', 'src/lib', 'src/data', 'package-lock.json'];

export function contentHash(content: string | Uint8Array): string {
  return createHash('sha256').update(content).digest('hex');
}

function readIfExists(file: string): Buffer | undefined {
  return existsSync(file) ? readFileSync(file) : undefined;
}

/** One hash of the ingester's code and the unit registries. */
function contextHash(unitsDir: string): string {
  const hash = createHash('sha256');
  const add = (file: string) => hash.update(file).update(readFileSync(file));
  for (const entry of CODE) {
    const full = path.join(ROOT, entry);
    if (!existsSync(full)) continue;
    if (entry.includes('.')) add(full);
    else for (const f of readdirSync(full, { recursive: true, encoding: 'utf8' }).sort()) if (/\.(ts|json)$/.test(f)) add(path.join(full, f));
  }
  if (existsSync(unitsDir)) for (const f of readdirSync(unitsDir).sort()) add(path.join(unitsDir, f));
  return hash.digest('hex');
}

export class IngestCache {
  /** Where the record is kept. */
  readonly file: string;
  readonly #context: string;
  readonly #previous: Map<string, CachedSource>;

  constructor(contentRoot: string, unitsDir: string) {
    this.file = path.join(CACHE_DIR, `ingest-${contentHash(path.resolve(contentRoot)).slice(0, 16)}.json`);
    this.#context = contextHash(unitsDir);
    let previous: Record<string, CachedSource> = {};
    try {
      previous = JSON.parse(readFileSync(this.file, 'utf8')) as Record<string, CachedSource>;
    } catch {
      // No record yet, or an unreadable one: every source is read.
    }
    this.#previous = new Map(Object.entries(previous));
  }

  /** The key of a source's output: its bytes, sidecar and id overrides, with the ingester and registries. */
  key(bytes: Uint8Array, sidecar: string, overrides: (id: string) => string): (id: string) => string {
    const own = contentHash(Buffer.concat([Buffer.from(this.#context), Buffer.from(bytes), readIfExists(sidecar) ?? Buffer.alloc(0)]));
    return (id) => contentHash(own + (readIfExists(overrides(id))?.toString('base64') ?? ''));
  }

  /** The remembered output of a source, when its key matches and its files are on disk as written. */
  reusable(sourcePath: string, key: (id: string) => string, files: (id: string) => OutputFiles): CachedSource | undefined {
    const entry = this.#previous.get(sourcePath);
    if (!entry || entry.key !== key(entry.id)) return undefined;
    const { mdx, registry } = files(entry.id);
    const mdxBytes = readIfExists(mdx);
    const registryBytes = readIfExists(registry);
    if (!mdxBytes || !registryBytes || contentHash(mdxBytes) !== entry.mdx || contentHash(registryBytes) !== entry.registry) return undefined;
    return entry;
  }

  /** Records what this run wrote (source path → entry), replacing the previous record. */
  save(entries: ReadonlyMap<string, CachedSource>): void {
    mkdirSync(CACHE_DIR, { recursive: true });
    writeFileSync(this.file, JSON.stringify(Object.fromEntries(entries)));
  }
}
