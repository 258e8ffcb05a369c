/**
 * All-or-nothing replacement of generated content. New files are staged next to the old ones,
 * a journal is committed with one atomic rename, and only then are the staged files renamed into
 * place. Whatever moment the process dies at, the next run finds one of three states and says
 * which it resolved:
 *   - a work directory without journal: nothing was switched yet; drop the staging (old content stays);
 *   - a journal in phase "apply": the switch was decided; finish it (new content);
 *   - a journal in phase "undo": an error stopped the switch; finish restoring the old content.
 * The work directory (<base>/.ingest/) sits beside the generated directories, on the same file
 * system, so every move is a rename. Its existence also keeps a second writer out.
 */
import { closeSync, existsSync, fsyncSync, linkSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import path from 'node:path';
import { describeFsError } from './errors.ts';

/** The work directory's name inside the base directory. */
export const WORK_DIR_NAME = '.ingest';
const JOURNAL = 'switch.json';
const STAGED = 'new';
const BACKUP = 'old';

interface Journal {
  phase: 'apply' | 'undo';
  /** Paths relative to the base directory; existed: whether an old version was there to back up. */
  write: { path: string; existed: boolean }[];
  remove: string[];
}

/** The directories a switch owns. Every file in them is generated unless isInput says it is hand-written. */
export interface GeneratedContent {
  directories: readonly string[];
  isInput?: (file: string) => boolean;
}

export interface SwitchOptions {
  /** Called before each step that changes the disk: lets tests stop a switch at any point. */
  onStep?: (step: number, action: string) => void;
}

export interface SwitchResult {
  written: number;
  removed: number;
}

export interface Recovery {
  action: 'completed' | 'rolled back';
  /** Files the recovery moved or removed. */
  files: number;
}

/** A file the switch could not write; the old content has been restored. */
export class ContentWriteError extends Error {
  readonly file: string;

  constructor(file: string, cause: unknown) {
    super(`could not write ${file}: ${describeFsError(cause)}; the previous content is unchanged`, { cause });
    this.name = 'ContentWriteError';
    this.file = file;
  }
}

/** The directory that holds every generated directory: the work directory goes there. */
export function baseDirectory(generatedDirs: readonly string[]): string {
  const [first, ...rest] = generatedDirs.map((dir) => path.dirname(path.resolve(dir)).split(path.sep));
  let common = first ?? [];
  for (const parts of rest) {
    const differ = common.findIndex((part, i) => part !== parts[i]);
    if (differ !== -1) common = common.slice(0, differ);
  }
  return common.join(path.sep) || path.sep;
}

export function workDirectory(generated: GeneratedContent): string {
  return path.join(baseDirectory(generated.directories), WORK_DIR_NAME);
}

function listFiles(dir: string): string[] {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) return [];
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => !entry.isDirectory())
    .map((entry) => path.join(entry.parentPath, entry.name));
}

/** Files in the generated directories that the output does not contain: stale documents, orphan temporary files. */
export function strayFiles(files: ReadonlyMap<string, string>, generated: GeneratedContent): string[] {
  const all = new Set(generated.directories.flatMap((dir) => listFiles(path.resolve(dir))));
  return [...all].filter((file) => !files.has(file) && !generated.isInput?.(file)).sort();
}

/** The current content of a regular file, or undefined when there is none (or something else is in its place). */
function currentContent(file: string): string | undefined {
  try {
    return statSync(file).isFile() ? readFileSync(file, 'utf8') : undefined;
  } catch {
    return undefined;
  }
}

/** Files whose content on disk is not what the output says. */
export function changedFiles(files: ReadonlyMap<string, string>): string[] {
  return [...files].filter(([file, content]) => currentContent(file) !== content).map(([file]) => file).sort();
}

function writeDurably(file: string, content: string): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const fd = openSync(file, 'w');
  try {
    writeSync(fd, content);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

function syncDirectory(dir: string): void {
  const fd = openSync(dir, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

function writeJournal(workDir: string, journal: Journal): void {
  const file = path.join(workDir, JOURNAL);
  writeDurably(`${file}.tmp`, `${JSON.stringify(journal, null, 2)}\n`);
  renameSync(`${file}.tmp`, file);
  syncDirectory(workDir);
}

function moveInto(from: string, to: string): void {
  mkdirSync(path.dirname(to), { recursive: true });
  renameSync(from, to);
}

/**
 * Makes the generated directories hold exactly `files` (absolute path → content): changed files
 * are replaced, files the output no longer has are removed, unchanged files are left alone.
 */
export function switchContent(files: ReadonlyMap<string, string>, generated: GeneratedContent, options: SwitchOptions = {}): SwitchResult {
  const dirs = generated.directories.map((dir) => path.resolve(dir));
  for (const file of files.keys()) {
    if (!dirs.some((dir) => file.startsWith(dir + path.sep))) throw new Error(`${file} is outside the generated directories ${dirs.join(', ')}`);
  }
  const base = baseDirectory(dirs);
  const workDir = path.join(base, WORK_DIR_NAME);
  const relative = (file: string) => path.relative(base, file);
  const write = changedFiles(files).map((file) => ({ path: relative(file), existed: currentContent(file) !== undefined }));
  const remove = strayFiles(files, generated).map(relative);
  if (write.length === 0 && remove.length === 0) return { written: 0, removed: 0 };

  let step = 0;
  const next = (action: string) => options.onStep?.(++step, action);
  const staged = (rel: string) => path.join(workDir, STAGED, rel);
  const backup = (rel: string) => path.join(workDir, BACKUP, rel);
  const target = (rel: string) => path.join(base, rel);

  try {
    mkdirSync(workDir);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') {
      throw new Error(`${workDir} exists: another ingest is running, or one was interrupted (run it again to recover)`);
    }
    throw e;
  }

  // Stage: the old content is untouched until the journal is committed.
  try {
    for (const { path: rel } of write) {
      next(`stage ${rel}`);
      writeDurably(staged(rel), files.get(target(rel))!);
    }
    next('commit');
    writeJournal(workDir, { phase: 'apply', write, remove });
  } catch (e) {
    rmSync(workDir, { recursive: true, force: true });
    throw e;
  }

  // Apply: each file is swapped by one rename; a hard link keeps the old version for an undo.
  let current = '';
  try {
    for (const { path: rel, existed } of write) {
      current = rel;
      if (existed) {
        next(`back up ${rel}`);
        mkdirSync(path.dirname(backup(rel)), { recursive: true });
        linkSync(target(rel), backup(rel));
      }
      next(`replace ${rel}`);
      moveInto(staged(rel), target(rel));
    }
    for (const rel of remove) {
      current = rel;
      next(`remove ${rel}`);
      moveInto(target(rel), backup(rel));
    }
    for (const dir of new Set(write.map(({ path: rel }) => path.dirname(target(rel))))) syncDirectory(dir);
  } catch (e) {
    try {
      writeJournal(workDir, { phase: 'undo', write, remove });
      undo(base, workDir, { phase: 'undo', write, remove });
      finish(workDir);
    } catch (undoError) {
      throw new Error(`could not write ${target(current)} (${describeFsError(e)}) nor restore the previous content (${describeFsError(undoError)}); fix the cause and run ingest again to recover`, { cause: e });
    }
    throw new ContentWriteError(target(current), e);
  }
  next('finish');
  finish(workDir);
  return { written: write.length, removed: remove.length };
}

/** Drops the journal first: a work directory without one holds only leftovers. */
function finish(workDir: string): void {
  rmSync(path.join(workDir, JOURNAL), { force: true });
  rmSync(workDir, { recursive: true, force: true });
}

function redo(base: string, workDir: string, journal: Journal): number {
  let moved = 0;
  for (const { path: rel } of journal.write) {
    const staged = path.join(workDir, STAGED, rel);
    if (!existsSync(staged)) continue;
    moveInto(staged, path.join(base, rel));
    moved++;
  }
  for (const rel of journal.remove) {
    if (!existsSync(path.join(base, rel))) continue;
    rmSync(path.join(base, rel));
    moved++;
  }
  return moved;
}

function undo(base: string, workDir: string, journal: Journal): number {
  let moved = 0;
  for (const { path: rel, existed } of journal.write) {
    const backup = path.join(workDir, BACKUP, rel);
    if (existed && existsSync(backup)) {
      moveInto(backup, path.join(base, rel));
      moved++;
    } else if (!existed && currentContent(path.join(base, rel)) !== undefined) {
      rmSync(path.join(base, rel));
      moved++;
    }
  }
  for (const rel of journal.remove) {
    const backup = path.join(workDir, BACKUP, rel);
    if (!existsSync(backup)) continue;
    moveInto(backup, path.join(base, rel));
    moved++;
  }
  return moved;
}

/** Finishes or rolls back a switch that a crash or kill interrupted; null when there was none. */
export function recoverInterruptedSwitch(generated: GeneratedContent): Recovery | null {
  const base = baseDirectory(generated.directories);
  const workDir = path.join(base, WORK_DIR_NAME);
  if (!existsSync(workDir)) return null;
  const journalFile = path.join(workDir, JOURNAL);
  if (!existsSync(journalFile)) {
    rmSync(workDir, { recursive: true, force: true });
    return { action: 'rolled back', files: 0 };
  }
  const journal = JSON.parse(readFileSync(journalFile, 'utf8')) as Journal;
  const files = journal.phase === 'apply' ? redo(base, workDir, journal) : undo(base, workDir, journal);
  finish(workDir);
  return { action: journal.phase === 'apply' ? 'completed' : 'rolled back', files };
}
