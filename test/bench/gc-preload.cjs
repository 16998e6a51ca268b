// Loaded into the benchmarked server with --expose-gc: SIGUSR2 runs a full collection, so memory
// figures are read after GC rather than whenever V8 last collected.
if (typeof global.gc === 'function') process.on('SIGUSR2', () => global.gc());
