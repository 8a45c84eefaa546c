import { baseConfig } from "@corridor/eslint-config/base";
// Benchmarks are scripts: they read the environment and print their reports.
export default [...baseConfig, { rules: { "no-console": "off", "no-restricted-properties": "off" } }];
