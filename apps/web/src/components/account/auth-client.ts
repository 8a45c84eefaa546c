"use client";
// Better Auth's browser client, talking to this app's own /api/auth (same origin, cookies included).
import { createAuthClient } from "better-auth/react";

export const authClient = createAuthClient({ basePath: "/api/auth" });
