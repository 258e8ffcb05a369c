/**
 * Ingest is all-or-nothing: stopped at any step (an error, an exit, SIGKILL at a random moment),
 * the generated directories hold the complete old or the complete new content, at the latest once
 * the next run has finished or rolled back the interrupted switch.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ContentWriteError, recoverInterruptedSwitch, strayFiles, switchContent, WORK_DIR_NAME } from '../../scripts/ingest/content-switch.ts';
import { contentVersion, generatedContent, readTree, versionOf, type Version } from './switch-fixture.ts';

const FIXTURE = path.join(import.meta.dirname, 'switch-fixture.ts');
const scratchDirs: string[] = [];
afterAll(() => {
  for (const dir of scratchDirs) rmSync(dir, { recursive: true, force: true });
});

/** A scratch base directory already holding version a. */
function baseWithVersionA(count: number): string {
  const base = mkdtempSync(path.join(tmpdir(), 'atlas-switch-'));
  scratchDirs.push(base);
  switchContent(contentVersion(base, 'a', count), generatedContent(base));
  return base;
}

function stepsOfSwitch(count: number): number {
  const base = baseWithVersionA(count);
  let steps = 0;
  switchContent(contentVersion(base, 'b', count), generatedContent(base), { onStep: (step) => (steps = step) });
  return steps;
}

describe('switching generated content', () => {
  it('replaces changed files, adds new ones, removes stale ones and leaves no work directory', () => {
    const base = baseWithVersionA(3);
    writeFileSync(path.join(base, 'documents', 'doc-0001.mdx.tmp'), 'orphan of an older ingest');
    const result = switchContent(contentVersion(base, 'b', 3), generatedContent(base));
    expect(versionOf(base, 3)).toBe('b');
    expect(result).toEqual({ written: 7, removed: 3 });
    expect(existsSync(path.join(base, WORK_DIR_NAME))).toBe(false);
  });

  it('writes nothing when nothing changed', () => {
    const base = baseWithVersionA(2);
    expect(switchContent(contentVersion(base, 'a', 2), generatedContent(base), { onStep: () => expect.fail('no step expected') })).toEqual({ written: 0, removed: 0 });
  });

  it('reports stray files, a temporary file among them, and keeps hand-written inputs', () => {
    const base = baseWithVersionA(2);
    const orphan = path.join(base, 'data', 'documents', 'doc-0000.json.tmp');
    writeFileSync(orphan, '{');
    const input = path.join(base, 'data', 'documents', 'doc-0000.input.json');
    writeFileSync(input, '{"note": "written by hand"}');
    expect(strayFiles(contentVersion(base, 'a', 2), generatedContent(base))).toEqual([orphan]);
    switchContent(contentVersion(base, 'b', 2), generatedContent(base));
    expect(readTree(base).get(input)).toBe('{"note": "written by hand"}');
    expect(readTree(base).has(orphan)).toBe(false);
  });

  it('refuses to run beside another switch’s work directory', () => {
    const base = baseWithVersionA(1);
    mkdirSync(path.join(base, WORK_DIR_NAME));
    expect(() => switchContent(contentVersion(base, 'b', 1), generatedContent(base))).toThrow(/another ingest is running, or one was interrupted/);
  });
});

describe('an error at any step', () => {
  const count = 3;
  const steps = stepsOfSwitch(count);

  it('has a switch of several dozen steps to interrupt', () => {
    expect(steps).toBeGreaterThan(4 * count);
  });

  it('leaves the complete old content, or after the last file the complete new one, never a mix', () => {
    for (let k = 1; k <= steps; k++) {
      const base = baseWithVersionA(count);
      const failure = new Error(`EIO at step ${k}`);
      let thrown: unknown;
      try {
        switchContent(contentVersion(base, 'b', count), generatedContent(base), {
          onStep: (step) => {
            if (step === k) throw failure;
          },
        });
      } catch (e) {
        thrown = e;
      }
      expect(thrown, `step ${k}`).toBeDefined();
      if (k < steps) {
        // Staging or applying: the old content is back at once, with no leftovers.
        expect(versionOf(base, count), `step ${k}`).toBe('a');
      } else {
        // The last step comes after every file was switched: the next run only tidies up.
        expect(recoverInterruptedSwitch(generatedContent(base))?.action).toBe('completed');
        expect(versionOf(base, count)).toBe('b');
      }
    }
  });

  it('a real I/O error half-way (a directory where a file must go) restores the old content and names the file', () => {
    const base = baseWithVersionA(3);
    // Sorted after the data/ files, so several files have been switched when it fails.
    const blocked = path.join(base, 'documents', 'doc-0003.mdx');
    mkdirSync(path.join(blocked, 'in-the-way'), { recursive: true });
    const before = readTree(base);
    let error: unknown;
    try {
      switchContent(contentVersion(base, 'b', 3), generatedContent(base));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ContentWriteError);
    expect((error as Error).message).toMatch(new RegExp(`could not write ${blocked.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: .*; the previous content is unchanged`));
    expect(readTree(base)).toEqual(before);
    expect(existsSync(path.join(base, WORK_DIR_NAME))).toBe(false);
  });
});

describe('a process that dies during the switch', () => {
  const count = 2;
  const steps = stepsOfSwitch(count);

  it('at any step: the next run completes or rolls back the switch, and says which', { timeout: 120_000 }, () => {
    const seen = new Set<string>();
    for (let k = 1; k <= steps; k++) {
      const base = baseWithVersionA(count);
      const run = spawnSync(process.execPath, [FIXTURE, base, 'b', String(count), '--exit-at', String(k)], { encoding: 'utf8' });
      expect(run.status, `step ${k}: ${run.stderr}`).toBe(86);
      const recovery = recoverInterruptedSwitch(generatedContent(base));
      const version = versionOf(base, count);
      expect(version, `step ${k}`).not.toBeNull();
      // Before the commit the old content stays; after it the switch is finished.
      if (recovery?.action === 'rolled back') expect(version).toBe('a');
      if (recovery?.action === 'completed') expect(version).toBe('b');
      expect(existsSync(path.join(base, WORK_DIR_NAME))).toBe(false);
      seen.add(`${recovery?.action} → ${version}`);
    }
    expect([...seen].sort()).toEqual(['completed → b', 'rolled back → a']);
  });

  it('SIGKILL at random moments, switching back and forth: always one complete version', { timeout: 120_000 }, async () => {
    const docs = 30;
    const base = baseWithVersionA(docs);
    /** Runs a switch to `target` in a child process, killed `killAfter` ms after it starts (never if undefined); returns its duration. */
    const switchIn = async (target: Version, killAfter?: number): Promise<number> => {
      const child = spawn(process.execPath, [FIXTURE, base, target, String(docs)], { stdio: ['ignore', 'pipe', 'inherit'] });
      const exited = new Promise((resolve) => child.once('exit', resolve));
      await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
      const started = performance.now();
      if (killAfter !== undefined) {
        await new Promise((resolve) => setTimeout(resolve, killAfter));
        child.kill('SIGKILL');
      }
      await exited;
      return performance.now() - started;
    };
    // One undisturbed switch there and back tells how long a switch takes here: the kills fall inside that span.
    const duration = ((await switchIn('b')) + (await switchIn('a'))) / 2;
    let current: Version = 'a';
    const recoveries: string[] = [];
    for (let round = 0; round < 16; round++) {
      await switchIn(current === 'a' ? 'b' : 'a', Math.random() * duration);
      const recovery = recoverInterruptedSwitch(generatedContent(base));
      if (recovery) recoveries.push(recovery.action);
      const version = versionOf(base, docs);
      expect(version, `round ${round}`).not.toBeNull();
      current = version!;
    }
    // The kills landed inside switches, not only before or after them.
    expect(recoveries.length).toBeGreaterThan(0);
  });
});
