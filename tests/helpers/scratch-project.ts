/**
 * A scratch copy of the project (sources, content, code, configuration; node_modules linked, build
 * caches its own) in which a test runs `npm run ingest` and `npm run build` exactly as a person would.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ROOT } from './site-builds.ts';

const PROJECT_FILES = ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'scripts', 'content', 'public'];
/** Caches a build writes under node_modules stay in the copy. */
const OWN_CACHES = new Set(['.astro', '.vite']);

export interface ScratchProject {
  dir: string;
  dist: string;
  /** Runs `npm run --silent <script> [-- args]` in the copy; throws with its stderr when it fails. */
  run(script: string, ...args: string[]): void;
  remove(): void;
}

export function scratchProject(prefix: string): ScratchProject {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  for (const name of PROJECT_FILES) cpSync(path.join(ROOT, name), path.join(dir, name), { recursive: true });
  mkdirSync(path.join(dir, 'node_modules'));
  for (const name of readdirSync(path.join(ROOT, 'node_modules'))) {
    if (!OWN_CACHES.has(name)) symlinkSync(path.join(ROOT, 'node_modules', name), path.join(dir, 'node_modules', name));
  }
  return {
    dir,
    dist: path.join(dir, 'dist'),
    run(script, ...args) {
      execFileSync('npm', ['run', '--silent', script, ...(args.length ? ['--', ...args] : [])], { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'] });
    },
    remove() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
