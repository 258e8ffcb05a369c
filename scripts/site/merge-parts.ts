/**
 * Puts the parts of a site built in parts (ATLAS_PART, src/lib/build-part.ts) together:
 *   node scripts/site/merge-parts.ts --out dist dist-0 dist-1 …
 * Every file of every part is hard-linked into the output (copied where links are not possible). A
 * path that more than one part wrote (pages without parameters, scripts and styles) must be the same
 * in each; anything else is an error that names the file. Then run the search index and the sitemap
 * on the output as `npm run build` does.
 */
import { copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)));
}

export function mergeParts(out: string, parts: readonly string[]): { files: number; shared: number } {
  rmSync(out, { recursive: true, force: true });
  let files = 0;
  let shared = 0;
  for (const part of parts) {
    for (const relative of filesUnder(part)) {
      const source = path.join(part, relative);
      const target = path.join(out, relative);
      if (existsSync(target)) {
        if (!readFileSync(target).equals(readFileSync(source))) throw new Error(`${relative} differs between the parts (${part} and an earlier one); build every part from the same content and code`);
        shared++;
        continue;
      }
      mkdirSync(path.dirname(target), { recursive: true });
      try {
        linkSync(source, target);
      } catch {
        copyFileSync(source, target);
      }
      files++;
    }
  }
  return { files, shared };
}

if (import.meta.main) {
  const { values, positionals } = parseArgs({ options: { out: { type: 'string' } }, allowPositionals: true });
  if (!values.out || positionals.length === 0) {
    console.error('usage: node scripts/site/merge-parts.ts --out dist dist-0 dist-1 …');
    process.exit(2);
  }
  try {
    const { files, shared } = mergeParts(path.resolve(values.out), positionals.map((p) => path.resolve(p)));
    console.log(`merged ${positionals.length} parts into ${values.out}: ${files} files (${shared} written by several parts, the same in each)`);
  } catch (e) {
    console.error(`error: ${(e as Error).message}`);
    process.exit(1);
  }
}
