// Preloaded into both servers under test (with --expose-gc): SIGUSR2 runs a full GC, so the
// benchmark compares retained memory per connection rather than not-yet-collected garbage.
process.on("SIGUSR2", () => globalThis.gc?.());
