// What the specs read of the environment (the same variables playwright.config.ts reads), in the
// one file the lint rule lets read process.env.
export const e2ePort = Number(process.env.E2E_PORT ?? 3100);
export const collabUrl = process.env.E2E_COLLAB_URL ?? `ws://localhost:${Number(process.env.E2E_COLLAB_PORT ?? 1234)}`;

/** The runner's environment, for child processes the specs start. */
export const inheritedEnv: NodeJS.ProcessEnv = { ...process.env };
