// Loaded into the benchmarked server with --expose-gc: SIGUSR2 runs a full collection and writes
// process.memoryUsage() to BENCH_MEMORY_FILE, so memory figures are read after GC rather than
// whenever V8 last collected.
const { writeFileSync } = require('node:fs');

if (typeof global.gc === 'function') {
  process.on('SIGUSR2', () => {
    // 'last-resort' is V8's memory-reducing full collection: it also compacts and gives back pages.
    global.gc({ type: 'major', execution: 'sync', flavor: 'last-resort' });
    if (process.env.BENCH_MEMORY_FILE) writeFileSync(process.env.BENCH_MEMORY_FILE, JSON.stringify(process.memoryUsage()));
  });
}
