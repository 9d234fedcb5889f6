// What a benchmark ran on: figures from another machine, or from a busy one, are not comparable.
import { availableParallelism, cpus, loadavg, totalmem } from 'node:os';

/** CPU model, cores, memory and load, and the browser's version when one was used. */
export function machineLine(browserVersion?: string): string {
  const model = cpus()[0]?.model.trim() ?? 'unknown CPU';
  const memory = `${(totalmem() / 1024 ** 3).toFixed(1)} GB`;
  const load = loadavg()
    .map((value) => value.toFixed(2))
    .join(' / ');
  const browser = browserVersion ? `; Chromium ${browserVersion}` : '';
  return `Machine: ${model}, ${availableParallelism()} cores, ${memory} memory, load average ${load} (1/5/15 min) at the end; Node ${process.versions.node}${browser}.`;
}
