import { describe, expect, it } from "vitest";
import type { Camera } from "@corridor/board-doc";
import { cameraOf, createCameraStore } from "./camera-store";

const aktau: Camera = { lon: 51.17, lat: 43.65, zoom: 5, bearing: 0, pitch: 0 };

describe("the camera store", () => {
  it("keeps a request made before the map exists and hands it over when the map attaches", () => {
    const store = createCameraStore();
    store.request(aktau);
    const applied: Camera[] = [];
    expect(store.attach((c) => applied.push(c))).toEqual(aktau);
    store.request({ ...aktau, zoom: 6 });
    expect(applied).toEqual([{ ...aktau, zoom: 6 }]);
    store.detach();
    store.request({ ...aktau, zoom: 7 });
    expect(applied).toHaveLength(1);
    expect(store.attach(() => {})).toEqual({ ...aktau, zoom: 7 });
  });

  it("tells camera listeners and user-move listeners apart", () => {
    const store = createCameraStore();
    const seen: string[] = [];
    const offCamera = store.subscribe(() => seen.push(`camera ${store.get()?.zoom}`));
    const offUser = store.onUserMove(() => seen.push("user"));
    store.report(aktau);
    store.reportUserMove();
    offCamera();
    offUser();
    store.report({ ...aktau, zoom: 2 });
    store.reportUserMove();
    expect(seen).toEqual(["camera 5", "user"]);
    expect(store.get()?.zoom).toBe(2);
  });

  it("reads a map's camera rounded and clamped to the schema's ranges", () => {
    const map = { getCenter: () => ({ lng: 181.123456789, lat: 43.123456789 }), getZoom: () => 4.56789, getBearing: () => 0, getPitch: () => 0 };
    expect(cameraOf(map)).toEqual({ lon: 180, lat: 43.12346, zoom: 4.568, bearing: 0, pitch: 0 });
  });
});
