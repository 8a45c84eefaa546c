// Comparing map cameras, without zod: the browser's first load uses it (saved views, following a
// presenter); view-state.ts holds the schema that checks a camera from another client.

/** Where the map looks (the fields of view-state's Camera). */
export interface CameraPosition {
  lon: number;
  lat: number;
  zoom: number;
  bearing: number;
  pitch: number;
}

/** Two cameras that show the same map (rounding from the map's own arithmetic ignored). */
export function sameCamera(a: CameraPosition | null, b: CameraPosition | null, tolerance = 1e-4): boolean {
  if (a === null || b === null) return a === b;
  return (
    Math.abs(a.lon - b.lon) < tolerance &&
    Math.abs(a.lat - b.lat) < tolerance &&
    Math.abs(a.zoom - b.zoom) < tolerance &&
    Math.abs(a.bearing - b.bearing) < tolerance &&
    Math.abs(a.pitch - b.pitch) < tolerance
  );
}
