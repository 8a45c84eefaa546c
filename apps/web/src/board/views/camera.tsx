"use client";
// The camera store in React: one per board (CameraProvider), and CameraSync inside the map, which
// feeds it and applies its requests.
import { createContext, useContext, useEffect, useState, type ReactNode } from "react";
import { useMapKit } from "../map/map-kit";
import type { Camera } from "@corridor/board-doc/view-state";
import { cameraOf, createCameraStore, type CameraStore, type CameraStoreInternals } from "./camera-store";

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

/**
 * Inside the map: reports the camera to the store (and as `data-camera` on the map's container
 * once a move ends, for tests and tools reading the settled view), tells the store when a person
 * moves the map, and applies requested cameras. Requested moves carry no input event, which is how
 * they are told apart from a person's. Renderer-neutral: the map comes from the map's kit.
 */
export function CameraSync() {
  const { useMap } = useMapKit();
  const { current: ref } = useMap();
  const store = useContext(CameraContext);
  useEffect(() => {
    if (!ref || !store) return;
    const map = ref.getMap();
    const container = map.getContainer();
    const report = () => store.report(cameraOf(map));
    const settle = () => {
      report();
      container.dataset.camera = JSON.stringify(cameraOf(map));
    };
    const onMoveStart = (event: { originalEvent?: unknown }) => {
      if (event.originalEvent) store.reportUserMove();
    };
    const onPointer = () => store.reportUserMove();
    const apply = (camera: Camera) => {
      map.stop();
      map.jumpTo({ center: [camera.lon, camera.lat], zoom: camera.zoom, bearing: camera.bearing, pitch: camera.pitch });
    };
    map.on("move", report);
    map.on("moveend", settle);
    map.on("movestart", onMoveStart);
    container.addEventListener("pointerdown", onPointer);
    container.addEventListener("wheel", onPointer, { passive: true });
    const waiting = store.attach(apply);
    if (waiting) apply(waiting);
    settle();
    return () => {
      store.detach();
      map.off("move", report);
      map.off("moveend", settle);
      map.off("movestart", onMoveStart);
      container.removeEventListener("pointerdown", onPointer);
      container.removeEventListener("wheel", onPointer);
    };
  }, [ref, store]);
  return null;
}
