import { defineConfig } from "vitest/config";
export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Each file builds its own databases; run files one at a time on the 2-core CI machine.
    fileParallelism: false,
  },
});
