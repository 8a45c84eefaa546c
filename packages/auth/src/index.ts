export { createAuth, MIN_PASSWORD_LENGTH, type Auth, type AuthConfig } from "./auth.ts";
export { ROLES, effectiveBoardRole, parseRole, roleAtLeast, roleSchema, type Role } from "./roles.ts";
export { hashLinkSecret, newLinkToken, parseLinkToken, secretMatches, type LinkToken } from "./link-secret.ts";
export { forbiddenOriginResponse, isAllowedOrigin, withOriginCheck } from "./origin-check.ts";
export { DEMO_ACCOUNT, DEMO_TEAM, seedDemo, shouldSeedDemo } from "./demo.ts";
export { deriveSecret, embeddedAuthSecret } from "./secrets.ts";
export { AttemptLimiter, createAccountAttemptLimits, withAccountAttemptLimits, type AccountAttemptLimits } from "./attempt-limiter.ts";
