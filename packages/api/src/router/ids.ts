// Input pieces shared by the access-controlled routers.
import { roleSchema } from "@corridor/auth";
import { z } from "zod";

export const boardIdSchema = z.string().trim().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, "Expected a board id such as kazakhstan-china-eu");
export const teamIdSchema = z.string().trim().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, "Expected a team id");
export const userIdSchema = z.string().trim().min(1).max(64);
export const boardTitleSchema = z.string().trim().min(1, "A board needs a title").max(120);
export const linkTokenSchema = z.string().trim().regex(/^[A-Za-z0-9_-]{8,32}\.[A-Za-z0-9_-]{32,64}$/, "This is not a valid link");
export const briefingTokenSchema = linkTokenSchema;
export const expiresInHoursSchema = z.number().int().min(1).max(24 * 90).default(24 * 7);
export { roleSchema };
