import { baseConfig } from "@corridor/eslint-config/base";
import { reactConfig } from "@corridor/eslint-config/react";

export default [{ ignores: ["next-env.d.ts"] }, ...baseConfig, ...reactConfig];
