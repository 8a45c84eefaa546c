"use client";
// Awareness as React state: who is on the board (one entry per user, however many tabs) and where
// their pointer is on the map.
import { useEffect, useState } from "react";
import type { Awareness } from "y-protocols/awareness";

export interface PresenceUser {
  id: string;
  name: string;
  color: string;
}

export interface Peer {
  clientId: number;
  user: PresenceUser;
  cursor: { lon: number; lat: number } | null;
  self: boolean;
}

export function readUser(value: unknown): PresenceUser | null {
  if (typeof value !== "object" || value === null) return null;
  const { id, name, color } = value as Record<string, unknown>;
  return typeof id === "string" && typeof name === "string" && typeof color === "string" && /^#[0-9a-fA-F]{6}$/.test(color) ? { id, name, color } : null;
}

function readCursor(value: unknown): Peer["cursor"] {
  if (typeof value !== "object" || value === null) return null;
  const { lon, lat } = value as Record<string, unknown>;
  return typeof lon === "number" && typeof lat === "number" && Math.abs(lon) <= 180 && Math.abs(lat) <= 90 ? { lon, lat } : null;
}

export function readPeers(awareness: Awareness): Peer[] {
  const peers: Peer[] = [];
  for (const [clientId, state] of awareness.getStates()) {
    const user = readUser((state as Record<string, unknown>).user);
    if (user) peers.push({ clientId, user, cursor: readCursor((state as Record<string, unknown>).cursor), self: clientId === awareness.clientID });
  }
  return peers.sort((a, b) => a.clientId - b.clientId);
}

export function usePeers(awareness: Awareness | null): Peer[] {
  const [peers, setPeers] = useState<Peer[]>([]);
  useEffect(() => {
    if (!awareness) return;
    const refresh = () => setPeers(readPeers(awareness));
    refresh();
    awareness.on("change", refresh);
    return () => awareness.off("change", refresh);
  }, [awareness]);
  return peers;
}

/** One entry per user (the first tab's), the local user first. */
export function uniqueUsers(peers: readonly Peer[]): Peer[] {
  const seen = new Map<string, Peer>();
  for (const peer of peers) {
    const known = seen.get(peer.user.id);
    if (!known || (peer.self && !known.self)) seen.set(peer.user.id, peer);
  }
  return [...seen.values()].sort((a, b) => Number(b.self) - Number(a.self) || a.user.name.localeCompare(b.user.name));
}
