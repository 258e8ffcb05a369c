/**
 * Two versions of a generated tree for the content-switch tests, and a child process that switches
 * a directory to one of them, so tests can kill it at any moment:
 *   node tests/ingest/switch-fixture.ts BASE a|b COUNT [--exit-at K]
 * prints "ready" just before the switch starts and "steps N" when it is done; --exit-at K ends the
 * process abruptly (no clean-up runs) when the switch reaches step K.
 */
import { readdirSync, readFileSync, writeSync } from 'node:fs';
import path from 'node:path';
import { switchContent, type GeneratedContent } from '../../scripts/ingest/content-switch.ts';

export type Version = 'a' | 'b';

/** Like ingest's: two generated directories, with hand-written *.input.json files allowed among them. */
export function generatedContent(base: string): GeneratedContent {
  return { directories: [path.join(base, 'documents'), path.join(base, 'data')], isInput: (file) => file.endsWith('.input.json') };
}

/**
 * Version a has documents 0…count-1, version b drops document 0 and adds document count, and every
 * file's content differs between the two: a mixed tree is always detectable.
 */
export function contentVersion(base: string, version: Version, count: number): Map<string, string> {
  const files = new Map<string, string>();
  const ids = Array.from({ length: count }, (_, i) => i + (version === 'a' ? 0 : 1));
  const padding = '条款内容'.repeat(200);
  for (const i of ids) {
    const id = `doc-${String(i).padStart(4, '0')}`;
    files.set(path.join(base, 'documents', `${id}.mdx`), `version ${version} of ${id}\n${padding}\n`);
    files.set(path.join(base, 'data', 'documents', `${id}.json`), `${JSON.stringify({ version, id })}\n`);
  }
  files.set(path.join(base, 'data', 'clauses.json'), `${JSON.stringify({ version, ids })}\n`);
  return files;
}

/** Every file under base (work directory included), path → content. */
export function readTree(base: string): Map<string, string> {
  const tree = new Map<string, string>();
  for (const entry of readdirSync(base, { withFileTypes: true, recursive: true })) {
    if (entry.isDirectory()) continue;
    const file = path.join(entry.parentPath, entry.name);
    tree.set(file, readFileSync(file, 'utf8'));
  }
  return tree;
}

/** Which version the tree is, completely, or null when it is anything else. */
export function versionOf(base: string, count: number): Version | null {
  const tree = readTree(base);
  const same = (expected: Map<string, string>) => tree.size === expected.size && [...expected].every(([file, content]) => tree.get(file) === content);
  if (same(contentVersion(base, 'a', count))) return 'a';
  if (same(contentVersion(base, 'b', count))) return 'b';
  return null;
}

if (import.meta.main) {
  const [base, version, count, flag, exitAt] = process.argv.slice(2);
  const files = contentVersion(base!, version as Version, Number(count));
  let steps = 0;
  writeSync(1, 'ready\n');
  switchContent(files, generatedContent(base!), {
    onStep(step) {
      steps = step;
      if (flag === '--exit-at' && step === Number(exitAt)) process.exit(86);
    },
  });
  writeSync(1, `steps ${steps}\n`);
}
