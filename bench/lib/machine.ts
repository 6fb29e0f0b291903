import os from 'node:os';

/** The line every figure is printed with: what it was measured on. */
export function machine(): string {
  const cpu = os.cpus()[0]?.model.trim() ?? 'unknown CPU';
  return `${os.cpus().length} cores (${cpu}), ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${os.platform()} ${os.release()}`;
}

export function header(title: string) {
  process.stdout.write(`\n## ${title}\nmachine: ${machine()}\n`);
}

export function figure(name: string, value: string, goal?: string) {
  process.stdout.write(`- ${name}: ${value}${goal ? `   (goal ${goal})` : ''}\n`);
}
