// Positions on a chart in its DATA coordinates, so what one user points at (a cursor) or pins a
// note to lands on the same value on another user's chart whatever its size, layout or filters.
// A value axis (numbers, times) keeps the number; a category axis keeps the category's NAME and
// where inside the category's band the pointer was (-0.5 … 0.5 of a band), never an index: another
// user's chart may list other categories, or the same ones in another order.
// Pure: the pixel side goes through a Projector (ECharts' convertToPixel/convertFromPixel, see
// projector.ts), so this is tested against the real ECharts with the board's real options.
import { isChartName, keyedDatum, type ChartName, type KeyedDatum } from "./datum-keys";
import type { ChartOption } from "./types";

export type AxisValue = number | { category: string; offset: number };

export interface ChartPoint {
  /** Which grid (plot area) of the chart; the corridor comparison has two. */
  grid: number;
  x: AxisValue;
  y: AxisValue;
}

export interface ChartCursor extends ChartPoint {
  chart: ChartName;
}

export type Pixel = [number, number];

export interface Projector {
  toPixel(grid: number, value: [number, number]): Pixel | null;
  fromPixel(grid: number, pixel: Pixel): [number, number] | null;
  contains(grid: number, pixel: Pixel): boolean;
}

/** A category axis lists its categories; a value or time axis has none (null). */
type AxisCategories = string[] | null;

type AxisOption = Record<string, unknown>;

function listOf(value: unknown): AxisOption[] {
  if (Array.isArray(value)) return value.filter((v): v is AxisOption => typeof v === "object" && v !== null);
  return typeof value === "object" && value !== null ? [value as AxisOption] : [];
}

function categoriesOf(axis: AxisOption): AxisCategories {
  if (axis.type !== "category" || !Array.isArray(axis.data)) return null;
  return axis.data.map((item: unknown) => (typeof item === "object" && item !== null && "value" in item ? String(item.value) : String(item)));
}

const gridOfAxis = (axis: AxisOption) => (typeof axis.gridIndex === "number" ? axis.gridIndex : 0);

export function gridCount(option: ChartOption): number {
  return Math.max(1, listOf(option.grid).length);
}

/** The x and y axes of one grid: their categories (or null for value axes). */
export function axesOf(option: ChartOption, grid: number): { x: AxisCategories; y: AxisCategories } | null {
  const x = listOf(option.xAxis).find((axis) => gridOfAxis(axis) === grid);
  const y = listOf(option.yAxis).find((axis) => gridOfAxis(axis) === grid);
  return x && y ? { x: categoriesOf(x), y: categoriesOf(y) } : null;
}

/**
 * Pixels per category step along one dimension, from the first and last categories' centres (the
 * projection of a category axis only takes whole indices). A single category has no step: the
 * position snaps to its centre line.
 */
function categoryStep(projector: Projector, grid: number, raw: [number, number], dim: 0 | 1, count: number): { first: number; step: number } | null {
  const at = (index: number) => {
    const value: [number, number] = [...raw];
    value[dim] = index;
    return projector.toPixel(grid, value)?.[dim];
  };
  const first = at(0);
  if (first === undefined) return null;
  if (count < 2) return { first, step: 0 };
  const last = at(count - 1);
  return last === undefined ? null : { first, step: (last - first) / (count - 1) };
}

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

/** The data position under a pixel, or null when the pixel is outside every plot area. */
export function pointFromPixel(projector: Projector, option: ChartOption, pixel: Pixel): ChartPoint | null {
  for (let grid = 0; grid < gridCount(option); grid += 1) {
    if (!projector.contains(grid, pixel)) continue;
    const axes = axesOf(option, grid);
    const raw = projector.fromPixel(grid, pixel);
    if (!axes || !raw || !raw.every(Number.isFinite)) return null;
    const along = (dim: 0 | 1, categories: AxisCategories): AxisValue | null => {
      if (!categories) return raw[dim];
      if (categories.length === 0) return null;
      const scale = categoryStep(projector, grid, raw, dim, categories.length);
      if (!scale) return null;
      const position = scale.step === 0 ? 0 : (pixel[dim] - scale.first) / scale.step;
      const index = clamp(Math.round(position), 0, categories.length - 1);
      const category = categories[index];
      return category === undefined ? null : { category, offset: clamp(position - index, -0.5, 0.5) };
    };
    const x = along(0, axes.x);
    const y = along(1, axes.y);
    return x === null || y === null ? null : { grid, x, y };
  }
  return null;
}

/** Where a data position is on this chart, or null when its category isn't shown here. */
export function pixelOfPoint(projector: Projector, option: ChartOption, point: ChartPoint): Pixel | null {
  const axes = axesOf(option, point.grid);
  if (!axes) return null;
  const index = (value: AxisValue, categories: AxisCategories): number | null => {
    if (typeof value === "number") return categories ? null : value;
    if (!categories) return null;
    const found = categories.indexOf(value.category);
    return found === -1 ? null : found;
  };
  const nx = index(point.x, axes.x);
  const ny = index(point.y, axes.y);
  if (nx === null || ny === null) return null;
  const raw: [number, number] = [nx, ny];
  const pixel = projector.toPixel(point.grid, raw);
  if (!pixel) return null;
  const shifted: Pixel = [...pixel];
  for (const [dim, value, categories] of [
    [0, point.x, axes.x],
    [1, point.y, axes.y],
  ] as const) {
    if (typeof value === "number" || !categories || value.offset === 0) continue;
    const scale = categoryStep(projector, point.grid, raw, dim, categories.length);
    if (scale) shifted[dim] += value.offset * scale.step;
  }
  return shifted;
}

// ---------------------------------------------------------------------------------------------
// Data items by key (notes pinned to a datum)

export interface DatumAnchor extends ChartPoint {
  seriesId: string | undefined;
  seriesIndex: number;
  dataIndex: number;
  label: string;
}

type SeriesOption = Record<string, unknown> & { data?: unknown };

const numberOf = (value: unknown): number | null => (typeof value === "number" && Number.isFinite(value) ? value : null);

/** A bar datum's own value ("-" or a missing cell draws nothing: null). */
function barValue(item: unknown): number | null {
  if (typeof item === "object" && item !== null && "value" in item) return numberOf(item.value);
  return numberOf(item);
}

/** A data value on an axis: a number, a date string on a time axis, a category name. */
function axisValueOf(value: unknown, categories: AxisCategories): AxisValue | null {
  if (categories) {
    if (typeof value === "string" && categories.includes(value)) return { category: value, offset: 0 };
    const index = numberOf(value);
    const name = index === null ? undefined : categories[index];
    return name === undefined ? null : { category: name, offset: 0 };
  }
  if (typeof value === "string") {
    const time = Date.parse(value);
    return Number.isFinite(time) ? time : null;
  }
  return numberOf(value);
}

/**
 * The data position of the item with this note key: the end of its bar (stacked bars add the bars
 * below it), the point of a line or scatter item, the top of a range. The first series that draws
 * the key wins (the corridor comparison's length bar, not its small counts).
 */
export function datumAnchor(option: ChartOption, key: string): DatumAnchor | null {
  const series = listOf(option.series) as SeriesOption[];
  const xAxes = listOf(option.xAxis);
  for (const [seriesIndex, s] of series.entries()) {
    const data = Array.isArray(s.data) ? (s.data as unknown[]) : [];
    const dataIndex = data.findIndex((item) => keyedDatum(item)?.key === key);
    const item = data[dataIndex];
    const keyed = keyedDatum(item);
    if (dataIndex === -1 || !keyed) continue;
    const xAxis = xAxes[typeof s.xAxisIndex === "number" ? s.xAxisIndex : 0];
    const grid = xAxis ? gridOfAxis(xAxis) : 0;
    const axes = axesOf(option, grid);
    if (!axes) continue;
    const base = { grid, seriesId: typeof s.id === "string" ? s.id : undefined, seriesIndex, dataIndex, label: keyed.label };
    if (s.type === "bar") {
      const own = barValue(item);
      if (own === null) continue;
      // Bars stacked with this one (same stack, same axes) before it in series order lie below it.
      const below =
        typeof s.stack === "string"
          ? series
              .slice(0, seriesIndex)
              .filter((other) => other.type === "bar" && other.stack === s.stack && other.xAxisIndex === s.xAxisIndex)
              .reduce((sum, other) => sum + (barValue(Array.isArray(other.data) ? other.data[dataIndex] : undefined) ?? 0), 0)
          : 0;
      const end = below + own;
      if (axes.y) {
        const category = axes.y[dataIndex];
        if (category !== undefined) return { ...base, x: end, y: { category, offset: 0 } };
      } else if (axes.x) {
        const category = axes.x[dataIndex];
        if (category !== undefined) return { ...base, x: { category, offset: 0 }, y: end };
      }
      continue;
    }
    const value = typeof item === "object" && item !== null && "value" in item ? item.value : undefined;
    if (!Array.isArray(value)) continue;
    // A range [x, low, high] is marked at its top.
    const yValue = s.type === "custom" && value.length >= 3 ? value[2] : value[1];
    const x = axisValueOf(value[0], axes.x);
    const y = axisValueOf(yValue, axes.y);
    if (x !== null && y !== null) return { ...base, x, y };
  }
  return null;
}

/**
 * Every datum a note can be pinned to on this chart, once per key, in series order: the keyboard
 * path to pinning (the canvas itself takes only pointer clicks).
 */
export function pinnableData(option: ChartOption): KeyedDatum[] {
  const seen = new Map<string, KeyedDatum>();
  for (const s of listOf(option.series) as SeriesOption[]) {
    for (const item of Array.isArray(s.data) ? (s.data as unknown[]) : []) {
      const keyed = keyedDatum(item);
      if (keyed && !seen.has(keyed.key) && datumAnchor(option, keyed.key)) seen.set(keyed.key, keyed);
    }
  }
  return [...seen.values()];
}

// ---------------------------------------------------------------------------------------------
// Awareness: a chart cursor as another client sent it (validated: any client can send anything)

function readAxisValue(value: unknown): AxisValue | null {
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (typeof value !== "object" || value === null) return null;
  const { category, offset } = value as Record<string, unknown>;
  return typeof category === "string" && category.length <= 200 && typeof offset === "number" && Math.abs(offset) <= 0.5 ? { category, offset } : null;
}

export function readChartCursor(value: unknown): ChartCursor | null {
  if (typeof value !== "object" || value === null) return null;
  const { chart, grid, x, y } = value as Record<string, unknown>;
  if (!isChartName(chart) || typeof grid !== "number" || !Number.isInteger(grid) || grid < 0 || grid > 7) return null;
  const px = readAxisValue(x);
  const py = readAxisValue(y);
  return px === null || py === null ? null : { chart, grid, x: px, y: py };
}
