export { appRouter, type AppRouter } from "./root.ts";
export { createTRPCContext, createCallerFactory, type TRPCContext, type TRPCContextOptions } from "./trpc.ts";
export { AppError, type AppErrorCode } from "./errors/app-error.ts";
export { FactStore } from "./facts/fact-store.ts";
