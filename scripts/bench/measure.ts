/**
 * Measuring a stage of the pipeline: wall time and peak resident memory of a child process together
 * with everything it starts (Pagefind's binary, Astro's workers), sampled from /proc; and what a
 * directory holds afterwards.
 */
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

export interface StageResult {
  name: string;
  seconds: number;
  /** Highest sum of the resident memory of the process and all its descendants at one moment. */
  peakTreeBytes: number;
  /** Highest resident memory of a single process of the tree. */
  peakProcessBytes: number;
}

const PAGE_SIZE = 4096;
const SAMPLE_MS = 100;

/** Parent pid of every process, from /proc/<pid>/stat (the field after the parenthesised name). */
function parents(): Map<number, number> {
  const map = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      map.set(Number(entry), Number(fields[1]));
    } catch {
      // The process ended between the listing and the read.
    }
  }
  return map;
}

function residentBytes(pid: number): number {
  try {
    return Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]) * PAGE_SIZE;
  } catch {
    return 0;
  }
}

/** The resident memory of a process tree: the sum, and the largest single process. */
export function treeMemory(root: number): { total: number; largest: number } {
  const parentOf = parents();
  const tree = new Set([root]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const [pid, parent] of parentOf) {
      if (tree.has(parent) && !tree.has(pid)) {
        tree.add(pid);
        grew = true;
      }
    }
  }
  let total = 0;
  let largest = 0;
  for (const pid of tree) {
    const rss = residentBytes(pid);
    total += rss;
    largest = Math.max(largest, rss);
  }
  return { total, largest };
}

/** Runs a command to completion, logging its output to a file; throws with the log's tail on failure. */
export function runStage(name: string, command: string, args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv; log: string }): Promise<StageResult> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const log = createWriteStream(options.log, { flags: 'a' });
    log.write(`\n$ ${[command, ...args].join(' ')}\n`);
    const child = spawn(command, args, { cwd: options.cwd, env: { ...process.env, ...options.env }, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.pipe(log, { end: false });
    child.stderr.pipe(log, { end: false });
    let peakTree = 0;
    let peakProcess = 0;
    const sample = () => {
      if (child.pid === undefined) return;
      const { total, largest } = treeMemory(child.pid);
      peakTree = Math.max(peakTree, total);
      peakProcess = Math.max(peakProcess, largest);
    };
    const timer = setInterval(sample, SAMPLE_MS);
    child.on('error', (error) => {
      clearInterval(timer);
      reject(error);
    });
    child.on('close', (code) => {
      clearInterval(timer);
      log.end(() => {
        if (code !== 0) {
          const tail = readFileSync(options.log, 'utf8').split('\n').slice(-30).join('\n');
          reject(new Error(`${name} failed (exit ${code}); the end of ${options.log}:\n${tail}`));
          return;
        }
        resolve({ name, seconds: (performance.now() - started) / 1000, peakTreeBytes: peakTree, peakProcessBytes: peakProcess });
      });
    });
  });
}

export interface DirectoryStats {
  files: number;
  bytes: number;
}

/** Files and bytes below a directory (none when it does not exist), optionally only where `include` says. */
export function directoryStats(dir: string, include: (relative: string) => boolean = () => true): DirectoryStats {
  let files = 0;
  let bytes = 0;
  if (!existsSync(dir)) return { files, bytes };
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    if (!include(path.relative(dir, full))) continue;
    files++;
    bytes += statSync(full).size;
  }
  return { files, bytes };
}

export function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

export function gigabytes(bytes: number): string {
  return `${(bytes / 1024 ** 3).toFixed(2)} GB`;
}
