/**
 * Prints speed and size numbers; asserts nothing.
 *   npm run bench                          ingestion speed on the project's own sources, and extraction
 *                                          time per MB of large documents, normal and adversarial
 *                                          (--mb 0.25: the small size; the large one is 4×)
 *   npm run bench -- --documents 1000      and the whole pipeline on a synthetic corpus of 1000 documents
 * Pipeline options: --no-floor, --no-browser, --no-incremental skip those parts; --work DIR keeps the
 * scratch directory (content, dist, stage log) instead of a temporary one that is removed afterwards;
 * --json FILE also writes the numbers as JSON; --parts K builds the site in K parts and merges them,
 * --bundle-documents N splits the search index into bundles of N documents (a very large atlas);
 * --only-parts 0,3 (with --parts) builds only those parts, as single machines of a split build would,
 * and leaves out the merge, the sitemap, the floor, the browser and the rebuild.
 * The stages run one after another as separate processes; on a shared machine run one bench at a time.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_PATHS } from '../ingest/ingest.ts';
import { measureShapes } from './extraction-shapes.ts';
import { measureIngestSpeed } from './ingest-speed.ts';
import { runPipeline } from './pipeline.ts';
import { machine, printIngestSpeed, printPipeline, printShapes } from './report.ts';

const { values } = parseArgs({
  options: {
    documents: { type: 'string' },
    runs: { type: 'string', default: '5' },
    mb: { type: 'string', default: '0.25' },
    work: { type: 'string' },
    json: { type: 'string' },
    'no-floor': { type: 'boolean' },
    'no-browser': { type: 'boolean' },
    'no-incremental': { type: 'boolean' },
    parts: { type: 'string', default: '1' },
    'bundle-documents': { type: 'string' },
    'only-parts': { type: 'string' },
  },
});

const runs = Number(values.runs);
const ingestSpeed = measureIngestSpeed(DEFAULT_PATHS, runs);
printIngestSpeed(ingestSpeed, runs);
const smallMb = Number(values.mb);
printShapes(measureShapes(smallMb), smallMb);

if (values.documents !== undefined) {
  const documents = Number(values.documents);
  if (!Number.isInteger(documents) || documents < 1) {
    console.error(`--documents expects a positive whole number, got “${values.documents}”`);
    process.exit(2);
  }
  const onlyParts = values['only-parts']?.split(',').map(Number);
  if (onlyParts?.some((k) => !Number.isInteger(k) || k < 0 || k >= Number(values.parts))) {
    console.error(`--only-parts expects part numbers from 0 to ${Number(values.parts) - 1} (with --parts), got “${values['only-parts']}”`);
    process.exit(2);
  }
  const work = values.work ? path.resolve(values.work) : mkdtempSync(path.join(tmpdir(), 'atlas-bench-'));
  mkdirSync(work, { recursive: true });
  try {
    const result = await runPipeline({
      documents,
      work,
      floor: !values['no-floor'] && !onlyParts,
      browser: !values['no-browser'] && !onlyParts,
      incremental: !values['no-incremental'] && !onlyParts,
      parts: Number(values.parts),
      onlyParts,
      bundleDocuments: values['bundle-documents'] ? Number(values['bundle-documents']) : undefined,
    });
    printPipeline(result);
    if (values.json) writeFileSync(values.json, `${JSON.stringify({ machine: machine(), ingestSpeed, pipeline: result }, null, 2)}\n`);
  } finally {
    if (!values.work) rmSync(work, { recursive: true, force: true });
  }
}
