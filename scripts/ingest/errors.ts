/** Input problems that name the file and line, so the person fixing the source knows where to look. */
export interface SourceProblem {
  file: string;
  /** Null when the problem is about the file as a whole. */
  line: number | null;
  message: string;
}

/** A problem worth a person's attention that does not stop ingestion (an unknown unit, an inferred year …). */
export type IngestWarning = SourceProblem;

export function formatProblem(p: SourceProblem): string {
  return `${p.file}${p.line === null ? '' : `:${p.line}`}: ${p.message}`;
}

/** One or more problems that stop ingestion; all problems of a run are reported together, one line each. */
export class SourceError extends Error {
  readonly problems: readonly SourceProblem[];
  readonly file: string;
  readonly line: number | null;

  constructor(file: string, line: number | null, message: string);
  constructor(problems: readonly SourceProblem[]);
  constructor(fileOrProblems: string | readonly SourceProblem[], line: number | null = null, message = '') {
    const problems = typeof fileOrProblems === 'string' ? [{ file: fileOrProblems, line, message }] : fileOrProblems;
    if (problems.length === 0) throw new Error('SourceError needs at least one problem');
    super(problems.map(formatProblem).join('\n'));
    this.name = 'SourceError';
    this.problems = problems;
    this.file = problems[0]!.file;
    this.line = problems[0]!.line;
  }
}

export function formatWarning(w: IngestWarning): string {
  return `warning: ${formatProblem(w)}`;
}

/** The lines a command prints for a SourceError: one "error:" line per problem. */
export function formatError(e: SourceError): string {
  return e.problems.map((p) => `error: ${formatProblem(p)}`).join('\n');
}

/** "ENOENT: no such file or directory, open '…'" → "no such file or directory (ENOENT)"; the caller names the file. */
export function describeFsError(error: unknown): string {
  const e = error as NodeJS.ErrnoException | undefined;
  if (typeof e?.code !== 'string') return String(e?.message ?? error);
  const reason = e.message.split(`${e.code}: `)[1]?.split(',')[0] ?? e.message;
  return `${reason} (${e.code})`;
}
