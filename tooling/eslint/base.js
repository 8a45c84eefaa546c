// Shared lint rules for every workspace package (after create-t3-turbo's tooling/eslint/base.ts
// and tldraw's strict typed lint). Env is read in one validated module per app, never elsewhere.
import js from "@eslint/js";
import tseslint from "typescript-eslint";

export const baseConfig = tseslint.config(
  { ignores: ["**/node_modules/**", "**/.next/**", "**/.next-*/**", "**/dist/**", "**/generated/**", "**/*.config.*"] },
  {
    files: ["**/*.{ts,tsx,mjs,js}"],
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    rules: {
      "@typescript-eslint/consistent-type-imports": ["error", { prefer: "type-imports", fixStyle: "separate-type-imports" }],
      "@typescript-eslint/no-non-null-assertion": "error",
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "no-console": ["error", { allow: ["warn", "error"] }],
      "no-restricted-properties": [
        "error",
        { object: "process", property: "env", message: "Read configuration from the validated env module (env.ts) instead." },
      ],
      "no-restricted-syntax": [
        "error",
        { selector: "CallExpression[callee.object.name=/^(it|test|describe)$/][callee.property.name='only']", message: "No .only in committed tests." },
      ],
    },
  },
  {
    // Env modules, scripts, tests and benchmarks may read process.env and print.
    files: ["**/env.ts", "**/cli.ts", "**/cli/**", "**/scripts/**", "**/testing/**", "**/*.test.ts", "**/bench/**", "**/test/**", "**/e2e/**"],
    rules: { "no-restricted-properties": "off", "no-console": "off" },
  },
);
