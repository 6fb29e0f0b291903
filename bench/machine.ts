/** The machine a benchmark ran on, printed with every figure. */
import { cpus, loadavg, totalmem } from 'node:os';

export function machineLine(): string {
  const cpu = cpus()[0]?.model.trim() ?? 'unknown CPU';
  const memory = (totalmem() / 2 ** 30).toFixed(1);
  const load = loadavg()[0]?.toFixed(2) ?? '?';
  return `machine: ${cpus().length} cores, ${cpu}, ${memory} GiB RAM, Node ${process.version}, load average ${load} at start`;
}
