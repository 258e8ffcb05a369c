/**
 * Serialises a document to MDX. Every text of the source is in the JSON frontmatter; the body only
 * places it, with elements whose attributes are ASCII ids, so nothing a source says is ever parsed
 * as MDX (no ESM, expressions, JSX, HTML or Markdown syntax can come from a source line).
 *
 * Body elements, rendered by the document page from the frontmatter:
 *   <Preamble />             the text before the first heading (notice, title, introduction): `preamble`
 *   <Heading id depth />     one per outline heading: `outline[i]`
 *   <Section id />           section text between headings and clauses: `sections[i]`
 *   <Clause id />            one per clause: `clauses[i]`
 */
import type { Root, RootContent } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdx from 'remark-mdx';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import type { DocumentFrontmatter } from '../../src/lib/schema.ts';
import { jsonLines } from './json-lines.ts';
import type { Block } from './structure.ts';

function element(name: string, attributes: Record<string, string> = {}): MdxJsxFlowElement {
  return {
    type: 'mdxJsxFlowElement',
    name,
    attributes: Object.entries(attributes).map(([key, value]) => ({ type: 'mdxJsxAttribute', name: key, value })),
    children: [],
  };
}

/** One element per block; the i-th heading, section and clause block take the i-th entry of their list. */
function bodyElements(frontmatter: DocumentFrontmatter, blocks: Block[]): RootContent[] {
  const taken = { heading: 0, section: 0, clause: 0 };
  const next = <T>(kind: keyof typeof taken, list: readonly T[]): T => {
    const entry = list[taken[kind]++];
    if (entry === undefined) throw new Error(`${frontmatter.id}: more ${kind} blocks than ${kind} entries in the frontmatter`);
    return entry;
  };
  const nodes = blocks.map((block) => {
    switch (block.type) {
      case 'preamble':
        return element('Preamble');
      case 'heading': {
        const { id, depth } = next('heading', frontmatter.outline);
        return element('Heading', { id, depth: String(depth) });
      }
      case 'section':
        return element('Section', { id: next('section', frontmatter.sections).id });
      case 'clause':
        return element('Clause', { id: next('clause', frontmatter.clauses).id });
    }
  });
  if (taken.heading !== frontmatter.outline.length || taken.section !== frontmatter.sections.length || taken.clause !== frontmatter.clauses.length) {
    throw new Error(`${frontmatter.id}: the blocks do not line up with the outline, sections and clauses of the frontmatter`);
  }
  return nodes;
}

export function toMdx(frontmatter: DocumentFrontmatter, blocks: Block[]): string {
  const tree: Root = {
    type: 'root',
    children: [
      // JSON is valid YAML: the frontmatter needs no YAML serialiser of its own.
      { type: 'yaml', value: jsonLines(frontmatter) },
      ...bodyElements(frontmatter, blocks),
    ],
  };
  return unified()
    .use(remarkStringify, { bullet: '-', emphasis: '_', fences: true })
    .use(remarkMdx)
    .use(remarkFrontmatter, ['yaml'])
    .stringify(tree);
}

/** The frontmatter of an MDX document written by toMdx. */
export function frontmatterOf(mdx: string): DocumentFrontmatter {
  const end = mdx.indexOf('\n---', 4);
  return JSON.parse(mdx.slice(4, end)) as DocumentFrontmatter;
}
