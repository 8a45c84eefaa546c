import { baseConfig } from "@corridor/eslint-config/base";
export default baseConfig;
