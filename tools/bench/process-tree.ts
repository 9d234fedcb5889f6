// Runs a command and measures its whole process tree from /proc (Linux): CPU seconds and peak
// memory of the tree, children that are never waited for included (Pagefind's indexer is one:
// GNU time and getrusage do not see it).
import { spawn, type SpawnOptions } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

export interface Measured {
  status: number | null;
  stdout: string;
  stderr: string;
  /** Wall clock. */
  seconds: number;
  /** User + system CPU of every process seen in the tree (0 where /proc is missing). */
  cpuSeconds: number;
  /** The largest sum of resident memory of the tree at one moment, in MB. */
  peakMb: number;
}

const TICKS = 100; // USER_HZ: clock ticks per second in /proc/<pid>/stat on Linux
const PAGE_KB = 4;
const POLL_MS = 250;

interface Stat {
  pid: number;
  ppid: number;
  cpuTicks: number;
  rssKb: number;
}

function stats(): Stat[] {
  const all: Stat[] = [];
  let pids: string[] = [];
  try {
    pids = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return all;
  }
  for (const pid of pids) {
    try {
      const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
      // Fields after the command name (which may hold spaces), from field 3 on.
      const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
      all.push({
        pid: Number(pid),
        ppid: Number(fields[1]),
        cpuTicks: Number(fields[11]) + Number(fields[12]),
        rssKb: Number(fields[21]) * PAGE_KB,
      });
    } catch {
      // The process ended while being read.
    }
  }
  return all;
}

function treeOf(root: number, all: readonly Stat[]): Stat[] {
  const children = new Map<number, Stat[]>();
  for (const stat of all) children.set(stat.ppid, [...(children.get(stat.ppid) ?? []), stat]);
  const tree: Stat[] = [];
  const visit = (pid: number) => {
    for (const child of children.get(pid) ?? []) {
      tree.push(child);
      visit(child.pid);
    }
  };
  const self = all.find((stat) => stat.pid === root);
  if (self) tree.push(self);
  visit(root);
  return tree;
}

/** Runs `command` and polls its process tree until it exits. */
export function runMeasured(
  command: string,
  args: string[],
  options: SpawnOptions,
): Promise<Measured> {
  const started = performance.now();
  const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  child.stdout!.on('data', (chunk: Buffer) => out.push(chunk));
  child.stderr!.on('data', (chunk: Buffer) => err.push(chunk));
  const cpu = new Map<number, number>();
  let peakKb = 0;
  const poll = () => {
    const tree = treeOf(child.pid ?? -1, stats());
    for (const stat of tree) cpu.set(stat.pid, Math.max(cpu.get(stat.pid) ?? 0, stat.cpuTicks));
    peakKb = Math.max(
      peakKb,
      tree.reduce((sum, stat) => sum + stat.rssKb, 0),
    );
  };
  const timer = setInterval(poll, POLL_MS);
  return new Promise((resolve) => {
    child.on('close', (status) => {
      clearInterval(timer);
      const ticks = [...cpu.values()].reduce((sum, value) => sum + value, 0);
      resolve({
        status,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
        seconds: (performance.now() - started) / 1000,
        cpuSeconds: ticks / TICKS,
        peakMb: peakKb / 1024,
      });
    });
  });
}
