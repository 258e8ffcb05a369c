/**
 * One source in, one validated document out: paragraphs → structure → metadata → tagged clauses.
 * Pure apart from its inputs, so the ingester, the extract command and the tests share it.
 */
import { extractDeadlines } from '../../src/lib/deadlines.ts';
import { clauseId, headingAnchor } from '../../src/lib/ids.ts';
import { extractMetrics } from '../../src/lib/metrics.ts';
import { documentSchema, extractedDocumentSchema, type Clause, type ExtractedPolicyDocument, type OutlineEntry, type PolicyDocument, type SectionText, type UnitRef } from '../../src/lib/schema.ts';
import { registryServes } from '../../src/lib/registries.ts';
import { sentenceStarts } from '../../src/lib/text-ranges.ts';
import { seedRegistry } from '../../src/lib/unit-registry-seed.ts';
import { declaresPositionalLead, parseUnitTags, type TagName } from '../../src/lib/unit-tags.ts';
import { UnitRegistry } from '../../src/lib/units.ts';
import { SourceError, type IngestWarning, type SourceProblem } from './errors.ts';
import type { MetadataOverrides } from './metadata-overrides.ts';
import { readMetadata } from './metadata.ts';
import { toParagraphs, type Paragraph } from './paragraphs.ts';
import { describeIssues } from './schema-errors.ts';
import type { SourceText } from './read-source.ts';
import { buildStructure, type Block, type ClauseBlock, type TextBlock } from './structure.ts';

export interface ExtractedDocument {
  /** Metadata nothing tells is null here and listed in `gaps`. */
  document: ExtractedPolicyDocument;
  /** The document as blocks in reading order; clause blocks line up with document.clauses. */
  blocks: Block[];
  /** The texts outside clauses, in reading order; the MDX body places them by position. */
  outline: OutlineEntry[];
  preamble: string[];
  sections: SectionText[];
  /** Unknown units, and every metadata inference. */
  warnings: IngestWarning[];
  /** Metadata nothing tells (the year of a text without any date …): the atlas refuses the document until a sidecar states it. */
  gaps: SourceProblem[];
  /** The registry the units were resolved with: the province's curated one, or one seeded from this document's tags. */
  registry: UnitRegistry;
}

export interface ExtractOptions {
  id: string;
  /** The curated unit registry of the document's province, once that is known; names it cannot resolve are reported. Without one, a registry is seeded from the document's own tags. */
  registryFor?: (province: string) => UnitRegistry | undefined;
  overrides?: MetadataOverrides;
}

export function clauseText(block: ClauseBlock): string {
  return block.paragraphs.map((p) => p.text).join('\n');
}

/** The source line of a character offset inside a clause's text, whose paragraphs are joined by line ends. */
function lineFinder(paragraphs: Paragraph[], text: string): (offset: number) => number {
  const lineStart = sentenceStarts(text, /\n/);
  const lineAtStart = new Map<number, number>();
  let start = 0;
  for (const paragraph of paragraphs) {
    lineAtStart.set(start, paragraph.line);
    start += paragraph.text.length + 1;
  }
  return (offset) => lineAtStart.get(lineStart[offset]!) ?? paragraphs[0]!.line;
}

/** The tags of a clause; a labelled tag that names nobody is an input error. */
function readTags(file: string, block: ClauseBlock, text: string, positionalLead: boolean): TagName[] {
  const { names, problems } = parseUnitTags(text, { positionalLead });
  for (const problem of problems) {
    throw new SourceError(file, lineFinder(block.paragraphs, text)(problem.offset), problem.message);
  }
  return names;
}

function resolveUnits(file: string, block: ClauseBlock, text: string, tags: TagName[], registry: UnitRegistry, warnings: IngestWarning[]): UnitRef[] {
  const lineAt = lineFinder(block.paragraphs, text);
  return tags.map(({ raw, role, offset }) => {
    if (!registry.seeded && !registry.resolve(raw)) {
      warnings.push({
        file,
        line: lineAt(offset),
        message: `unit “${raw}” is not in the ${registry.province} unit registry (content/units/); kept as written`,
      });
    }
    return { raw, canonical: registry.canonicalName(raw), role };
  });
}

export function extractDocument(source: SourceText, options: ExtractOptions): ExtractedDocument {
  const paragraphs = toParagraphs(source.text);
  if (paragraphs.length === 0) throw new SourceError(source.file, null, 'the file has no text; expected the text of a plan');
  const blocks = buildStructure(paragraphs);
  const clauseBlocks = blocks.filter((b): b is ClauseBlock => b.type === 'clause');
  if (clauseBlocks.length === 0) {
    throw new SourceError(source.file, paragraphs[0]!.line, 'found no clause: expected headings 一、 （一） 1. with “——” items or numbered items under them');
  }
  const preamble = blocks[0]?.type === 'preamble' ? blocks[0].paragraphs : [];
  const { metadata, warnings, gaps } = readMetadata(source.file, paragraphs, preamble.length, options.overrides);

  // A document declares the positional rule once (列第一位者为牵头单位，下同), anywhere in its text.
  const positionalLead = declaresPositionalLead(source.text);
  const tags = clauseBlocks.map((block) => readTags(source.file, block, clauseText(block), positionalLead));
  const curated = metadata.province === null ? undefined : options.registryFor?.(metadata.province);
  const registry =
    curated && registryServes(curated, metadata) ? curated : new UnitRegistry(seedRegistry(metadata.province ?? '', tags.flat().map((t) => t.raw)));
  const clauses: Clause[] = clauseBlocks.map((block, i) => {
    const text = clauseText(block);
    return {
      id: clauseId(options.id, block.address),
      n: i + 1,
      kind: block.kind,
      path: block.path,
      label: block.label,
      place: block.place,
      text,
      units: resolveUnits(source.file, block, text, tags[i]!, registry, warnings),
      deadlines: extractDeadlines(text, { year: metadata.year }),
      metrics: extractMetrics(text, { year: metadata.year }),
    };
  });

  const outline = blocks.flatMap((b) => (b.type === 'heading' ? [{ id: headingAnchor(b.address), depth: b.rank, text: b.text }] : []));
  const sections = blocks.filter((b): b is TextBlock => b.type === 'section').map((b, i) => ({ id: `text-${i + 1}`, paragraphs: b.paragraphs.map((p) => p.text) }));
  const candidate = { id: options.id, ...metadata, clauses };
  const parsed = extractedDocumentSchema.safeParse(candidate);
  if (!parsed.success) {
    throw new SourceError(source.file, null, `the extracted document does not fit the schema: ${describeIssues(parsed.error, candidate)}`);
  }
  return { document: parsed.data, blocks, outline, preamble: preamble.map((p) => p.text), sections, warnings, gaps, registry };
}

/** The document as the atlas takes it: complete, or a SourceError listing every gap at once. */
export function completeDocument(result: ExtractedDocument): PolicyDocument {
  if (result.gaps.length > 0) throw new SourceError(result.gaps);
  return documentSchema.parse(result.document);
}
