"use client";
// Feeds the board's camera store from the map and applies the camera it is asked to show. Part of
// the map's lazily loaded code (board-overlays.tsx), not of the board's first load.
import { useEffect } from "react";
import type { Camera } from "@corridor/board-doc/view-state";
import { useMapKit } from "../map/map-kit";
import { useCameraStoreInternals } from "./camera";
import { cameraOf } from "./camera-store";

/**
 * Inside the map: reports the camera to the store (and as `data-camera` on the map's container
 * once a move ends, for tests and tools reading the settled view), tells the store when a person
 * moves the map, and applies requested cameras. Requested moves carry no input event, which is how
 * they are told apart from a person's. Renderer-neutral: the map comes from the map's kit.
 */
export function CameraSync() {
  const { useMap } = useMapKit();
  const { current: ref } = useMap();
  const store = useCameraStoreInternals();
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
