/**
 * Builds a whole site from a test's own sources, beside the project's: the sources go into a
 * temporary content root, `npm run ingest` and `astro build` run on it through ATLAS_CONTENT_DIR and
 * ATLAS_DIST_DIR (src/paths.ts), exactly as they run on content/.
 *
 * Builds share the project's .astro/ directory, so run them one at a time (the site test project
 * runs its files serially).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const PROJECT = path.resolve(import.meta.dirname, '../..');

export interface BuiltSite {
  /** The temporary directory holding content/ and dist/. */
  dir: string;
  /** The content root: sources/, units/, and the generated documents/ and data/. */
  contentDir: string;
  distDir: string;
  /** What the ingester printed to stderr (warnings). */
  ingestLog: string;
  /** Runs ingest and build again, after the test changed files under contentDir (a revision, say). */
  rebuild(): void;
  remove(): void;
}

export interface SiteOptions {
  /** Unit registries by file name (hebei.json → its JSON); default: the project's content/units. */
  units?: Record<string, unknown>;
  /** Also build the Pagefind index (slower; only search tests need it). */
  search?: boolean;
}

/** Runs a project script on the test's content root; its stderr, or an error with all it printed. */
function run(args: string[], env: NodeJS.ProcessEnv): string {
  const result = spawnSync(process.execPath, args, { cwd: PROJECT, env: { ...process.env, ...env }, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${args.join(' ')} failed:\n${result.stderr}${result.stdout}`);
  return result.stderr;
}

/**
 * `sources` maps paths under sources/ (hebei/hebei-2024-plan.txt, and .meta.json sidecars) to
 * their content. Throws with the tool's own message when ingest or build fails.
 */
export function siteFromSources(sources: Record<string, string | Uint8Array>, options: SiteOptions = {}): BuiltSite {
  const dir = mkdtempSync(path.join(tmpdir(), 'atlas-site-'));
  const contentDir = path.join(dir, 'content');
  const distDir = path.join(dir, 'dist');
  for (const [name, content] of Object.entries(sources)) {
    const file = path.join(contentDir, 'sources', name);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, content);
  }
  const unitsDir = path.join(contentDir, 'units');
  if (options.units) {
    mkdirSync(unitsDir, { recursive: true });
    for (const [name, registry] of Object.entries(options.units)) writeFileSync(path.join(unitsDir, name), JSON.stringify(registry));
  } else {
    cpSync(path.join(PROJECT, 'content/units'), unitsDir, { recursive: true });
  }

  const env = { ATLAS_CONTENT_DIR: contentDir, ATLAS_DIST_DIR: distDir };
  const site: BuiltSite = {
    dir,
    contentDir,
    distDir,
    ingestLog: '',
    rebuild() {
      site.ingestLog = run(['scripts/ingest/ingest.ts', '--quiet'], env);
      run(['node_modules/astro/bin/astro.mjs', 'build'], env);
      if (options.search) run(['scripts/site/index-search.ts'], env);
    },
    remove() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
  try {
    site.rebuild();
  } catch (e) {
    site.remove();
    throw e;
  }
  return site;
}
