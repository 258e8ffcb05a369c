/**
 * Serialises a document to MDX through a syntax tree (remark-stringify + remark-mdx), so `{ } < >`
 * in a source are escaped by construction and can never break the build.
 *
 * The frontmatter holds the document's data: its metadata, every clause with its text and tags, the
 * outline. The body holds the rest of the text in reading order, and marks where each heading and
 * clause stands; their text is in the frontmatter only, so the document's text is stored once:
 *   <Preamble>…</Preamble>           the text before the first heading (notice, title, introduction)
 *   <Heading id depth />             one per outline heading, with an explicit ASCII anchor
 *   paragraphs                       section text
 *   <Clause id />                    one per clause, the frontmatter clause with the same id
 */
import type { Paragraph as MdParagraph, Root, RootContent } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdx from 'remark-mdx';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { headingAnchor } from '../../src/lib/ids.ts';
import type { DocumentFrontmatter } from '../../src/lib/schema.ts';
import { jsonLines } from './json-lines.ts';
import type { Paragraph } from './paragraphs.ts';
import type { Block } from './structure.ts';

function paragraph(p: Paragraph): MdParagraph {
  return { type: 'paragraph', children: [{ type: 'text', value: p.text }] };
}

function element(name: string, attributes: Record<string, string>, children: MdxJsxFlowElement['children']): MdxJsxFlowElement {
  return {
    type: 'mdxJsxFlowElement',
    name,
    attributes: Object.entries(attributes).map(([key, value]) => ({ type: 'mdxJsxAttribute', name: key, value })),
    children,
  };
}

function blockNodes(block: Block, nextClauseId: () => string): RootContent[] {
  switch (block.type) {
    case 'preamble':
      return [element('Preamble', {}, block.paragraphs.map(paragraph))];
    case 'heading':
      return [element('Heading', { id: headingAnchor(block.address), depth: String(block.rank) }, [])];
    case 'section':
      return block.paragraphs.map(paragraph);
    case 'clause':
      return [element('Clause', { id: nextClauseId() }, [])];
  }
}

export function toMdx(frontmatter: DocumentFrontmatter, blocks: Block[]): string {
  let clauseIndex = 0;
  const tree: Root = {
    type: 'root',
    children: [
      // JSON is valid YAML: the frontmatter needs no YAML serialiser of its own.
      { type: 'yaml', value: jsonLines(frontmatter) },
      // Clause blocks line up with the frontmatter's clauses, whose ids come from the id registry.
      ...blocks.flatMap((b) => blockNodes(b, () => frontmatter.clauses[clauseIndex++]!.id)),
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
