/**
 * The MDX the ingester writes carries no source text: its body is only elements with ASCII ids,
 * each naming an entry of the JSON frontmatter, so no source line can become ESM, an expression,
 * JSX, HTML or Markdown. (tests/site/hostile-sources.test.ts builds such a source into a site.)
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Root, RootContent } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { afterAll, describe, expect, it } from 'vitest';
import { extractDocument } from '../../scripts/ingest/extract-document.ts';
import { contentPathsUnder, ingestAll } from '../../scripts/ingest/ingest.ts';
import { toMdx } from '../../scripts/ingest/mdx.ts';
import { decodeSource } from '../../scripts/ingest/read-source.ts';
import { documentFrontmatterSchema, type DocumentFrontmatter } from '../../src/lib/schema.ts';
import { hostileLines, hostilePlan } from '../fixtures/hostile-plan.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'atlas-mdx-'));
const marker = path.join(dir, 'marker');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function parse(mdx: string): { frontmatter: DocumentFrontmatter; body: RootContent[] } {
  const tree = unified().use(remarkParse).use(remarkMdx).use(remarkFrontmatter, ['yaml']).parse(mdx) as Root;
  const [yaml, ...body] = tree.children;
  if (yaml?.type !== 'yaml') throw new Error('no frontmatter');
  return { frontmatter: documentFrontmatterSchema.parse(JSON.parse(yaml.value)), body };
}

function elements(body: RootContent[], name: string): string[] {
  return body.flatMap((node) => (node.type === 'mdxJsxFlowElement' && node.name === name ? [String(node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'id')?.value)] : []));
}

describe('the MDX of a source full of MDX, HTML and Markdown syntax', () => {
  const paths = contentPathsUnder(dir);
  mkdirSync(path.join(paths.sources, 'hebei'), { recursive: true });
  mkdirSync(paths.units);
  writeFileSync(path.join(paths.sources, 'hebei', 'hebei-2024-hostile.txt'), hostilePlan(marker));
  const mdx = [...ingestAll(paths).files].find(([file]) => file.endsWith('.mdx'))![1];
  const { frontmatter, body } = parse(mdx);

  it('has a body of empty elements with ASCII attributes only', () => {
    expect(body.length).toBeGreaterThan(4);
    for (const node of body) {
      expect(node.type).toBe('mdxJsxFlowElement');
      if (node.type !== 'mdxJsxFlowElement') continue;
      expect(['Preamble', 'Heading', 'Section', 'Clause']).toContain(node.name);
      expect(node.children).toEqual([]);
      for (const attribute of node.attributes) {
        expect(attribute.type).toBe('mdxJsxAttribute');
        expect(attribute.value).toMatch(/^[a-z0-9-]+$/);
      }
    }
  });

  it('keeps every hostile line, as written, in the frontmatter', () => {
    const texts = [...frontmatter.preamble, ...frontmatter.outline.map((h) => h.text), ...frontmatter.sections.flatMap((s) => s.paragraphs), ...frontmatter.clauses.map((c) => c.text)].join('\n');
    for (const line of hostileLines(marker)) expect(texts).toContain(line);
    expect(mdx.slice(mdx.indexOf('\n---\n'))).not.toMatch(/import|export|script|[{}]/);
  });

  it('places the i-th heading, section and clause of the frontmatter at the i-th element', () => {
    expect(elements(body, 'Heading')).toEqual(frontmatter.outline.map((h) => h.id));
    expect(elements(body, 'Section')).toEqual(frontmatter.sections.map((s) => s.id));
    expect(elements(body, 'Clause')).toEqual(frontmatter.clauses.map((c) => c.id));
  });
});

describe('clause elements', () => {
  it('take their ids from the frontmatter, whatever the ids are', () => {
    const result = extractDocument(decodeSource('plan.txt', new TextEncoder().encode(hostilePlan())), { id: 'plan' });
    const clauses = result.document.clauses.map((c, i) => ({ ...c, id: `registered-${result.document.clauses.length - i}` }));
    const frontmatter = documentFrontmatterSchema.parse({ ...result.document, clauses, source: 'plan.txt', outline: result.outline, preamble: result.preamble, sections: result.sections });
    expect(elements(parse(toMdx(frontmatter, result.blocks)).body, 'Clause')).toEqual(clauses.map((c) => c.id));
  });
});
