/**
 * The floor: as many pages as the atlas builds, made by Astro from plain Markdown in one content
 * collection through two dynamic routes (one page per document, one per clause, the rest filler).
 * No design of the atlas can build its pages faster on the same machine; the bench reports our
 * build time as a multiple of this.
 */
import { mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { frontmatterOf } from '../ingest/mdx.ts';
import { ROOT } from '../ingest/sources.ts';
import { runStage, type StageResult } from './measure.ts';

const CONFIG = `export default { build: { format: 'directory' }, trailingSlash: 'always', devToolbar: { enabled: false } };\n`;

const COLLECTION = `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
export const collections = { pages: defineCollection({ loader: glob({ pattern: '**/*.md', base: './md' }), schema: z.object({ title: z.string() }) }) };
`;

const route = (prefix: string, param: string) => `---
import { getCollection, render } from 'astro:content';
export async function getStaticPaths() {
  const entries = await getCollection('pages');
  return entries.filter((e) => ${prefix === 'documents' ? '' : '!'}e.id.startsWith('documents/')).map((entry) => ({ params: { ${param}: entry.id.replace(/^[^/]+\\//, '') }, props: { entry } }));
}
const { entry } = Astro.props;
const { Content } = await render(entry);
---
<html lang="zh-CN"><head><meta charset="utf-8" /><title>{entry.data.title}</title></head><body><h1>{entry.data.title}</h1><Content /></body></html>
`;

function markdown(title: string, paragraphs: string[]): string {
  // Plain paragraphs; characters Markdown would read as syntax are escaped.
  const escape = (s: string) => s.replace(/([\\`*_{}[\]<>#+\-!|])/g, '\\$1');
  return `---\ntitle: ${JSON.stringify(title)}\n---\n\n${paragraphs.map(escape).join('\n\n')}\n`;
}

/** Writes the floor project under `dir` from the atlas's MDX documents, and builds it. */
export async function buildFloor(dir: string, documentsDir: string, pageCount: number, log: string): Promise<StageResult & { pages: number }> {
  const md = path.join(dir, 'md');
  for (const sub of ['documents', 'clauses', 'other']) mkdirSync(path.join(md, sub), { recursive: true });
  mkdirSync(path.join(dir, 'src/pages/documents'), { recursive: true });
  mkdirSync(path.join(dir, 'src/pages/clauses'), { recursive: true });
  symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'));
  writeFileSync(path.join(dir, 'astro.config.mjs'), CONFIG);
  writeFileSync(path.join(dir, 'src/content.config.ts'), COLLECTION);
  writeFileSync(path.join(dir, 'src/pages/documents/[id].astro'), route('documents', 'id'));
  writeFileSync(path.join(dir, 'src/pages/clauses/[...id].astro'), route('clauses', 'id'));

  let pages = 0;
  for (const name of readdirSync(documentsDir).filter((f) => f.endsWith('.mdx')).sort()) {
    const document = frontmatterOf(readFileSync(path.join(documentsDir, name), 'utf8'));
    writeFileSync(path.join(md, 'documents', `${document.id}.md`), markdown(document.title, document.clauses.map((c) => c.text)));
    pages++;
    for (const clause of document.clauses) {
      writeFileSync(path.join(md, 'clauses', `${clause.id}.md`), markdown(`${document.title} ${clause.id}`, [clause.text]));
      pages++;
    }
  }
  for (let i = 0; pages < pageCount; i++, pages++) writeFileSync(path.join(md, 'other', `page-${i}.md`), markdown(`page ${i}`, [`page ${i}`]));

  const stage = await runStage('floor: plain Markdown', process.execPath, [path.join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--root', dir], { cwd: dir, log });
  return { ...stage, pages };
}
