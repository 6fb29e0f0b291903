/** A one-line progress bar on a terminal (and nothing when the output is not a terminal). */
export function progressLine(unit: string, total: number) {
  const tty = process.stderr.isTTY;
  const started = performance.now();
  let last = 0;
  const draw = (done: number) => {
    const share = Math.min(1, done / total);
    const width = 30;
    const bar = '█'.repeat(Math.round(share * width)).padEnd(width, '░');
    const rate = done / Math.max(0.001, (performance.now() - started) / 1000);
    process.stderr.write(`\r${bar} ${(share * 100).toFixed(0).padStart(3)}%  ${done.toLocaleString('en')} ${unit}  ${rate.toFixed(0)}/s `);
  };
  return {
    update(done: number) {
      const now = performance.now();
      if (!tty || now - last < 100) return;
      last = now;
      draw(done);
    },
    done() {
      if (tty) process.stderr.write('\n');
    },
  };
}
