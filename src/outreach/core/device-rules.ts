/**
 * How long a device may hold people's data without hearing from the server, and how many
 * reference numbers it carries: a reception day in a village registers a few dozen people, a
 * week without signal a few hundred.
 */
export const maxOfflineMs = 72 * 60 * 60 * 1000;
export const referenceBlockSize = 1000;
/** A device asks for more numbers when it has fewer than this left. */
export const referenceTopUpBelow = 200;

/** The reference numbers a device gets: drawn until `count` are new to both the device and the registry. */
export function drawBlock(count: number, draw: () => string, taken: (reference: string) => boolean): string[] {
  const block = new Set<string>();
  for (let tries = 0; block.size < count; tries++) {
    if (tries > count * 10) throw new Error('reference space exhausted');
    const reference = draw();
    if (!block.has(reference) && !taken(reference)) block.add(reference);
  }
  return [...block];
}
