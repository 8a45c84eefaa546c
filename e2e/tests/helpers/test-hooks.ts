// What the specs use of the instances the board exposes with ?e2e=1 (MapLibre map, ECharts charts).
export interface RenderedFeature {
  layer: { id: string };
  properties: Record<string, unknown>;
  geometry: { type: string; coordinates: number[][] };
}
export interface TestMap {
  queryRenderedFeatures(pointOrOptions?: [number, number] | { layers: string[] }, options?: { layers: string[] }): RenderedFeature[];
  querySourceFeatures(source: string, options?: { filter?: unknown[] }): RenderedFeature[];
  project(lngLat: [number, number]): { x: number; y: number };
}
export interface TestChart {
  getOption(): unknown;
  convertToPixel(finder: { seriesId: string } | { gridIndex: number }, value: (number | string)[]): unknown;
  convertFromPixel(finder: { gridIndex: number }, pixel: number[]): unknown;
}

declare global {
  interface Window {
    __corridorMap?: TestMap;
    __corridorCharts?: Record<string, TestChart>;
  }
}
