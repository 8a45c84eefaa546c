"use client";
// The camera store in React: one per board (CameraProvider). CameraSync (camera-sync.tsx), inside
// the lazily loaded map, feeds it and applies its requests.
import { createContext, useContext, useState, type ReactNode } from "react";
import { createCameraStore, type CameraStore, type CameraStoreInternals } from "./camera-store";

export type { CameraStore };

const CameraContext = createContext<CameraStoreInternals | null>(null);

export function CameraProvider({ children }: { children: ReactNode }) {
  const [store] = useState(createCameraStore);
  return <CameraContext.Provider value={store}>{children}</CameraContext.Provider>;
}

export function useCameraStore(): CameraStore {
  const store = useContext(CameraContext);
  if (!store) throw new Error("useCameraStore must be used inside <CameraProvider>");
  return store;
}

/** The store with what only the map's CameraSync (camera-sync.tsx) uses: reports and requests. */
export function useCameraStoreInternals(): CameraStoreInternals | null {
  return useContext(CameraContext);
}
