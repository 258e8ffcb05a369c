/** An input problem that names the file and line, so the person fixing the source knows where to look. */
export class SourceError extends Error {
  readonly file: string;
  readonly line: number | null;

  constructor(file: string, line: number | null, message: string) {
    super(`${file}${line === null ? '' : `:${line}`}: ${message}`);
    this.name = 'SourceError';
    this.file = file;
    this.line = line;
  }
}

/** A problem worth a person's attention that does not stop ingestion (an unknown unit, say). */
export interface IngestWarning {
  file: string;
  /** Null when the warning is about the file as a whole. */
  line: number | null;
  message: string;
}

export function formatWarning(w: IngestWarning): string {
  return `warning: ${w.file}${w.line === null ? '' : `:${w.line}`}: ${w.message}`;
}

/** "ENOENT: no such file or directory, open '…'" → "no such file or directory (ENOENT)"; the caller names the file. */
export function describeFsError(error: unknown): string {
  const e = error as NodeJS.ErrnoException | undefined;
  if (typeof e?.code !== 'string') return String(e?.message ?? error);
  const reason = e.message.split(`${e.code}: `)[1]?.split(',')[0] ?? e.message;
  return `${reason} (${e.code})`;
}
