/** The p-th percentile (nearest rank) of a sample. */
export function percentile(xs: readonly number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
}

/** The median of a sample. */
export function median(xs: readonly number[]): number {
  return percentile(xs, 50);
}
