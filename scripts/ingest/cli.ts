/**
 * How the ingest commands end: every failure is one line on stderr naming the file (and line)
 * and what was expected. Bad input and bad flags are the user's to fix; anything else is a bug,
 * reported in one line with a hint, its stack trace shown only with ATLAS_DEBUG=1.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { z } from 'zod';
import { ContentWriteError } from './content-switch.ts';
import { describeFsError, formatError, SourceError } from './errors.ts';
import { describeIssues } from './schema-errors.ts';

/** A wrong command line: exit status 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** What node:util's parseArgs says, in one line: "unknown option --bogus". */
function usageProblem(error: Error & { code?: string }): string {
  const quoted = /'([^']+)'/.exec(error.message)?.[1] ?? '';
  switch (error.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `unknown option ${quoted}`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return `option ${quoted.replace(/ <value>$/, '')} ${/argument missing/.test(error.message) ? 'needs a value' : 'takes no value'}`;
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return `unexpected argument “${quoted}”`;
    default:
      return error.message.split('\n')[0]!;
  }
}

/** parseArgs in strict mode, its complaints turned into a UsageError that ends with the usage line. */
export function parseOptions<const T extends ParseArgsConfig>(config: T, usage: string): ReturnType<typeof parseArgs<T & { strict: true }>> {
  try {
    return parseArgs({ ...config, strict: true });
  } catch (e) {
    const error = e as Error & { code?: string };
    if (error.code?.startsWith('ERR_PARSE_ARGS')) throw new UsageError(`${usageProblem(error)}; ${usage}`);
    throw e;
  }
}

function isFsError(error: unknown): error is NodeJS.ErrnoException & { path: string } {
  return error instanceof Error && typeof (error as NodeJS.ErrnoException).code === 'string' && typeof (error as NodeJS.ErrnoException).path === 'string';
}

const BUG_HINT = 'this is a bug in the ingester, not a problem of the source; ATLAS_DEBUG=1 prints where it happened';

/** The line that reports an error (a line per problem for a SourceError); `nothingWritten` adds that the content was left alone. */
export function errorLine(error: unknown, nothingWritten = false): string {
  const untouched = nothingWritten ? '; nothing was written' : '';
  if (error instanceof UsageError) return `error: ${error.message}`;
  // All problems found in one run (every gap and sidecar field of every file): one line each.
  if (error instanceof SourceError) return `${formatError(error)}${untouched}`;
  if (error instanceof ContentWriteError) return `error: ${error.message}`;
  if (isFsError(error)) return `error: ${error.path}: ${describeFsError(error)}${untouched}`;
  if (error instanceof z.ZodError) return `error: internal error: generated data does not fit the schema: ${describeIssues(error, undefined)} (${BUG_HINT})`;
  const message = error instanceof Error ? error.message : String(error);
  return `error: internal error: ${message.split('\n')[0]} (${BUG_HINT})`;
}

/** Runs a command's main function and turns whatever it throws into one line and an exit status. */
export function runCli(main: (args: string[]) => number, { nothingWritten = false } = {}): void {
  // A reader that stops early (| head) is not an error.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
  try {
    process.exitCode = main(process.argv.slice(2));
  } catch (error) {
    console.error(errorLine(error, nothingWritten));
    if (process.env.ATLAS_DEBUG === '1' && error instanceof Error) console.error(error.stack);
    process.exitCode = error instanceof UsageError ? 2 : 1;
  }
}
