import os from 'node:os';

/** The line every figure is printed with: what it was measured on. */
export function machine(): string {
  const cpu = os.cpus()[0]?.model.trim() ?? 'unknown CPU';
  const load = os.loadavg()[0]?.toFixed(2) ?? '?';
  return `${os.cpus().length} cores (${cpu}), ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${os.platform()} ${os.release()}, load average ${load} at start`;
}

/** The machine line alone, for benchmarks that print their own tables. */
export const machineLine = () => `machine: ${machine()}`;

export function header(title: string) {
  process.stdout.write(`\n## ${title}\nmachine: ${machine()}\n`);
}

export function figure(name: string, value: string, goal?: string) {
  process.stdout.write(`- ${name}: ${value}${goal ? `   (goal ${goal})` : ''}\n`);
}
