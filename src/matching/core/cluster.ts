/** Groups matched pairs into clusters of one person: connected components by union–find. */
export function connectedComponents(size: number, pairs: Iterable<readonly [number, number]>): number[][] {
  const parent = Int32Array.from({ length: size }, (_, i) => i);
  const find = (x: number): number => {
    let root = x;
    while (parent[root] !== root) root = parent[root] as number;
    while (parent[x] !== root) {
      const next = parent[x] as number;
      parent[x] = root;
      x = next;
    }
    return root;
  };
  const linked: number[] = [];
  for (const [a, b] of pairs) {
    linked.push(a, b);
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
  // only records in some pair can be in a cluster, so the rest of the population is not visited
  const groups = new Map<number, number[]>();
  for (const i of new Set(linked)) {
    const root = find(i);
    const group = groups.get(root);
    if (group) group.push(i);
    else groups.set(root, [i]);
  }
  return [...groups.values()].map((group) => group.sort((x, y) => x - y));
}
