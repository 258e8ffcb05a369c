/** Ingestion speed on the project's own sources: the mean of several in-process runs. */
import { ingestAll, type IngestPaths } from '../ingest/ingest.ts';
import { listSources } from '../ingest/sources.ts';


export interface IngestSpeed {
  documents: number;
  clauses: number;
  /** Mean wall time of one full ingestion. */
  milliseconds: number;
}

export function measureIngestSpeed(paths: IngestPaths, runs: number): IngestSpeed {
  const documents = listSources(paths.sources).length;
  let clauses = 0;
  let total = 0;
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    const output = ingestAll(paths);
    total += performance.now() - started;
    clauses = output.documents.reduce((n, d) => n + d.clauses.length, 0);
  }
  return { documents, clauses, milliseconds: total / runs };
}
