/**
 * An incremental build (astro.config experimental.incrementalBuild, keys in src/lib/page-keys.ts) gives
 * the same site as a full one. In a scratch copy of the project: build, change one source so that other
 * documents' pages must change too (a clause naming a topic and the title of another document), ingest,
 * build again — most pages are copied from the first build — then build once more from nothing and
 * compare every file.
 */
import { appendFileSync, cpSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { frontmatterOf } from '../../scripts/ingest/mdx.ts';
import { listSources } from '../../scripts/ingest/sources.ts';
import { scratchProject } from '../helpers/scratch-project.ts';

const project = scratchProject('atlas-incremental-');
const incremental = `${project.dist}-incremental`;

function files(dir: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    const full = path.join(dir, name);
    try {
      out.set(name, readFileSync(full));
    } catch {
      // A directory.
    }
  }
  return out;
}

beforeAll(() => {
  project.run('build');
  const [changed, other] = listSources(path.join(project.dir, 'content/sources')).filter((s) => s.file.endsWith('.txt'));
  const otherTitle = frontmatterOf(readFileSync(path.join(project.dir, 'content/documents', `${other!.id}.mdx`), 'utf8')).title;
  appendFileSync(changed!.file, `\n——深入推进“学社衔接”，认真落实《${otherTitle}》，每季度通报一次进展情况。\n`);
  project.run('ingest');
  project.run('build');
  cpSync(project.dist, incremental, { recursive: true });
  // From nothing: without the build caches, every page is rendered.
  rmSync(path.join(project.dir, 'node_modules/.astro'), { recursive: true, force: true });
  project.run('build');
}, 900_000);

afterAll(() => {
  rmSync(incremental, { recursive: true, force: true });
  project.remove();
});

describe('incremental build', () => {
  it('gives the same files as a full build after one source changed', () => {
    const full = files(project.dist);
    const partial = files(incremental);
    expect([...partial.keys()].sort()).toEqual([...full.keys()].sort());
    const differing = [...full].filter(([name, content]) => !partial.get(name)!.equals(content)).map(([name]) => name);
    expect(differing).toEqual([]);
  });
});
