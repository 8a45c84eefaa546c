// The map's camera as board state, without React: the map reports where it looks and whether a
// person moved it; saved views, a presenter and the shared screen ask it to look elsewhere. A
// request made before the map exists (it loads lazily) is handed over when it attaches.
import type { Camera } from "@corridor/board-doc";

export interface CameraStore {
  /** Where the map looks now; null until the map has loaded. */
  get(): Camera | null;
  /** Called on every camera change (map moves, animation frames included). */
  subscribe(listener: () => void): () => void;
  /** Called when a person pans, zooms, clicks or scrolls the map (never for requested moves). */
  onUserMove(listener: () => void): () => void;
  /** Moves the map (now, or as soon as it exists). */
  request(camera: Camera): void;
}

export interface CameraStoreInternals extends CameraStore {
  report(camera: Camera): void;
  reportUserMove(): void;
  /** The map takes requests from here on; returns the one still waiting, if any. */
  attach(apply: (camera: Camera) => void): Camera | null;
  detach(): void;
}

export function createCameraStore(): CameraStoreInternals {
  let camera: Camera | null = null;
  let apply: ((camera: Camera) => void) | null = null;
  let waiting: Camera | null = null;
  const listeners = new Set<() => void>();
  const userListeners = new Set<() => void>();
  const add = (set: Set<() => void>, listener: () => void) => {
    set.add(listener);
    return () => {
      set.delete(listener);
    };
  };
  return {
    get: () => camera,
    subscribe: (listener) => add(listeners, listener),
    onUserMove: (listener) => add(userListeners, listener),
    request(next) {
      if (apply) apply(next);
      else waiting = next;
    },
    report(next) {
      camera = next;
      for (const listener of listeners) listener();
    },
    reportUserMove() {
      for (const listener of userListeners) listener();
    },
    attach(fn) {
      apply = fn;
      const pending = waiting;
      waiting = null;
      return pending;
    },
    detach() {
      apply = null;
    },
  };
}

const round = (value: number, digits: number) => Number(value.toFixed(digits));

interface MapLike {
  getCenter(): { lng: number; lat: number };
  getZoom(): number;
  getBearing(): number;
  getPitch(): number;
}

export function cameraOf(map: MapLike): Camera {
  const center = map.getCenter();
  return {
    lon: round(Math.max(-180, Math.min(180, center.lng)), 5),
    lat: round(Math.max(-90, Math.min(90, center.lat)), 5),
    zoom: round(map.getZoom(), 3),
    bearing: round(map.getBearing(), 2),
    pitch: round(map.getPitch(), 2),
  };
}

