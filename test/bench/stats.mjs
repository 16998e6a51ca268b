// Shared by the benchmark's processes: percentiles and a sub-millisecond wall clock.
export const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
export const median = (values) =>
  percentile(
    [...values].sort((a, b) => a - b),
    50,
  );
/** Epoch milliseconds with sub-millisecond resolution, comparable with PostgreSQL's commit timestamps. */
export const now = () => performance.timeOrigin + performance.now();
