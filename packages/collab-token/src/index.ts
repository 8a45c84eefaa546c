export {
  canWrite,
  collabClaimsSchema,
  collabRoleSchema,
  collabRoles,
  COLLAB_TOKEN_AUDIENCE,
  COLLAB_TOKEN_ISSUER,
  type CollabClaims,
  type CollabRole,
  type VerifiedCollabClaims,
} from "./claims.ts";
export { signCollabToken, type SignCollabTokenOptions } from "./sign.ts";
export {
  verifyCollabToken,
  type CollabTokenFailure,
  type VerifyCollabTokenOptions,
  type VerifyCollabTokenResult,
} from "./verify.ts";
export { loadOrCreateSecret, collabSecretPath, COLLAB_SECRET_FILE } from "./secret.ts";
export { CollabSecretError, MIN_SECRET_LENGTH, secretKeyObject } from "./key.ts";
