/**
 * Builds the site once before the tests that read dist/ (link check, browser tests, exports).
 * SKIP_SITE_BUILD=1 reuses an existing dist/ when iterating locally.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

export default function setup(): void {
  const root = path.resolve(import.meta.dirname, '..');
  if (process.env.SKIP_SITE_BUILD === '1' && existsSync(path.join(root, 'dist/index.html'))) return;
  execFileSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
}
