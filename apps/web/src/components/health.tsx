"use client";
import { useSuspenseQuery } from "@tanstack/react-query";
import { useTRPC } from "~/trpc/react";

export function Health() {
  const trpc = useTRPC();
  const { data } = useSuspenseQuery(trpc.health.ping.queryOptions());
  return <p>API: {data.ok ? "ok" : "down"}</p>;
}
