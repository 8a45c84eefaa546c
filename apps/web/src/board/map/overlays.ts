// The board's overlays as plain GeoJSON and style-spec layers, the same for MapLibre and Mapbox:
// corridors (solid land legs, dashed sea legs), waypoints with names, chokepoints with a distinct
// symbol, commitments as proportional circles at their place, events at their place.
import type { Feature, FeatureCollection, LineString, Point } from "geojson";
import type { ExpressionSpecification, LayerSpecification } from "maplibre-gl";
import type { Messages } from "~/i18n/messages/en";
import type { Translator } from "~/i18n/translate";
import { formatMoney } from "~/lib/format";
import type { BoardView } from "../derive";
import { eventDate } from "../format";
import { laneList } from "../labels";
import { symbolRadius, type CorridorDetail, type RelationsEvent } from "../model";
import { CHROME, corridorColor, LANE_COLORS } from "../palette";
import { REGIONAL } from "../places";
import type { Selection } from "../selection";
import type { Theme } from "../theme";
import { FONT_BOLD, FONT_REGULAR, MAP_COLORS } from "./base-style";

/** Largest commitment circle, in pixels. */
const MAX_RADIUS = 36;
/** Events at the same place are fanned out around it by this many degrees. */
const FAN_DEGREES = 0.9;

export interface OverlayData {
  corridors: FeatureCollection<LineString>;
  waypoints: FeatureCollection<Point>;
  chokepoints: FeatureCollection<Point>;
  places: FeatureCollection<Point>;
  events: FeatureCollection<Point>;
}

const point = (lonLat: readonly [number, number], properties: Record<string, unknown>): Feature<Point> => ({
  type: "Feature",
  properties,
  geometry: { type: "Point", coordinates: [lonLat[0], lonLat[1]] },
});

const shortLabel = (name: string) => (name.split(" (")[0] ?? name).split(" / ")[0] ?? name;

export function buildOverlays(input: {
  corridors: readonly CorridorDetail[];
  view: BoardView;
  selection: Selection;
  theme: Theme;
  /** The interface language's labels (the regional place, event dates and lanes in tooltips). */
  t: Translator<Messages>;
}): OverlayData {
  const { corridors, view, selection, theme, t } = input;
  const colorOf = new Map(corridors.map((c, i) => [c.id, corridorColor(i, theme)]));
  const state = (id: string) => (selection.corridor === null ? "normal" : selection.corridor === id ? "selected" : "dimmed");

  const corridorFeatures = view.segments.map(
    (s, i): Feature<LineString> => ({
      type: "Feature",
      id: i,
      properties: {
        corridorId: s.corridorId,
        name: corridors.find((c) => c.id === s.corridorId)?.name ?? s.corridorId,
        color: colorOf.get(s.corridorId) ?? CHROME[theme].accent,
        sea: s.sea,
        branch: s.line !== "main",
        leg: `${shortLabel(s.from)} → ${shortLabel(s.to)}`,
        state: state(s.corridorId),
      },
      geometry: { type: "LineString", coordinates: s.coordinates.map((p) => [p[0], p[1]]) },
    }),
  );

  const seen = new Set<string>();
  const waypointFeatures = corridors.flatMap((c) =>
    [...c.waypoints, ...c.branches.flatMap((b) => b.waypoints)].flatMap((w) => {
      const key = `${c.id}:${w.lonLat.join(",")}`;
      if (seen.has(key)) return [];
      seen.add(key);
      return [
        point(w.lonLat, {
          corridorId: c.id,
          name: w.name,
          label: shortLabel(w.name),
          role: w.role,
          color: colorOf.get(c.id) ?? CHROME[theme].accent,
          state: state(c.id),
        }),
      ];
    }),
  );

  const chokepointFeatures = view.chokepoints.flatMap((k) => {
    const points = k.nodes ?? (k.lonLat ? [k.lonLat] : []);
    return points.map((p) => point(p, { id: k.id, name: k.name, type: k.type, label: shortLabel(k.name) }));
  });

  const maxEur = Math.max(0, ...view.places.places.map((p) => p.totalEur));
  const placeFeatures = view.places.places.map((p) =>
    point(p.lonLat, {
      place: p.place,
      totalEur: p.totalEur,
      nestedEur: p.nestedEur,
      sharedEur: p.sharedEur,
      count: p.countedIds.length,
      radius: symbolRadius(p.totalEur, maxEur, MAX_RADIUS),
      // The amount sits just below its circle (in ems of the 11 px label), clear of the country name.
      labelOffset: [0, symbolRadius(p.totalEur, maxEur, MAX_RADIUS) / 11 + 0.15],
      label: `${formatMoney(p.totalEur, "EUR", t.locale).replace("EUR ", "")}${p.place === REGIONAL ? `\n${t("board.map.regional")}` : ""}`,
      selected: selection.panel?.kind === "place" && selection.panel.id === p.place,
      filtered: selection.countries.includes(p.place),
    }),
  );

  return {
    corridors: { type: "FeatureCollection", features: corridorFeatures },
    waypoints: { type: "FeatureCollection", features: waypointFeatures },
    chokepoints: { type: "FeatureCollection", features: chokepointFeatures },
    places: { type: "FeatureCollection", features: placeFeatures },
    events: { type: "FeatureCollection", features: eventFeatures(view.events, selection, theme, t) },
  };
}

function eventFeatures(events: readonly RelationsEvent[], selection: Selection, theme: Theme, t: Translator<Messages>): Feature<Point>[] {
  const byPlace = new Map<string, RelationsEvent[]>();
  for (const e of events) {
    if (!e.lonLat) continue;
    const key = e.lonLat.join(",");
    byPlace.set(key, [...(byPlace.get(key) ?? []), e]);
  }
  return [...byPlace.values()].flatMap((group) =>
    group.map((e, i) => {
      const [lon, lat] = e.lonLat ?? [0, 0];
      const angle = (2 * Math.PI * i) / group.length - Math.PI / 2;
      const fan = group.length > 1 ? FAN_DEGREES : 0;
      const lane = e.lanes.find((l) => l !== "Central Asia" && l !== "Other") ?? e.lanes[0] ?? "Other";
      return point([lon + fan * Math.cos(angle), lat + fan * Math.sin(angle) * 0.75], {
        id: e.id,
        title: e.title,
        date: eventDate(e, t),
        lanes: laneList(t, e.lanes),
        color: LANE_COLORS[theme][lane],
        selected: selection.event === e.id,
        dimmed: selection.event !== null && selection.event !== e.id,
      });
    }),
  );
}

/** Overlay layers, bottom to top. Sources are named like the OverlayData keys. */
/** Font stacks for the overlay labels: local fonts on the built-in style, the basemap's glyphs on Mapbox. */
export interface OverlayFonts {
  regular: string[];
  bold: string[];
}

export const LOCAL_FONTS: OverlayFonts = { regular: FONT_REGULAR, bold: FONT_BOLD };

export function overlayLayers(theme: Theme, fonts: OverlayFonts = LOCAL_FONTS): LayerSpecification[] {
  const c = CHROME[theme];
  const m = MAP_COLORS[theme];
  const lineOpacity: ExpressionSpecification = ["match", ["get", "state"], "dimmed", 0.28, 1];
  const lineWidth: ExpressionSpecification = ["match", ["get", "state"], "selected", 5, ["case", ["get", "branch"], 2, 3]];
  return [
    {
      id: "corridor-casing",
      type: "line",
      source: "corridors",
      filter: ["==", ["get", "state"], "selected"],
      layout: { "line-cap": "round", "line-join": "round" },
      paint: { "line-color": m.halo, "line-width": 9, "line-opacity": 0.85 },
    },
    {
      id: "corridor-land",
      type: "line",
      source: "corridors",
      filter: ["!", ["get", "sea"]],
      layout: { "line-cap": "round", "line-join": "round" },
      paint: { "line-color": ["get", "color"], "line-width": lineWidth, "line-opacity": lineOpacity },
    },
    {
      id: "corridor-sea",
      type: "line",
      source: "corridors",
      filter: ["get", "sea"],
      layout: { "line-cap": "butt", "line-join": "round" },
      paint: {
        "line-color": ["get", "color"],
        "line-width": lineWidth,
        "line-opacity": lineOpacity,
        "line-dasharray": [2, 1.5],
      },
    },
    {
      // Wide and invisible: what hover and click hit, so thin lines are easy to pick.
      id: "corridor-hit",
      type: "line",
      source: "corridors",
      paint: { "line-color": "#000000", "line-width": 14, "line-opacity": 0 },
    },
    {
      id: "waypoints",
      type: "circle",
      source: "waypoints",
      paint: {
        "circle-radius": ["match", ["get", "state"], "selected", 4.5, 3],
        "circle-color": m.halo,
        "circle-stroke-color": ["get", "color"],
        "circle-stroke-width": 1.8,
        "circle-opacity": ["match", ["get", "state"], "dimmed", 0.3, 1],
        "circle-stroke-opacity": ["match", ["get", "state"], "dimmed", 0.3, 1],
      },
    },
    {
      id: "places",
      type: "circle",
      source: "places",
      paint: {
        "circle-radius": ["get", "radius"],
        "circle-color": c.accent,
        "circle-opacity": 0.22,
        "circle-stroke-color": c.accent,
        "circle-stroke-width": ["case", ["any", ["get", "selected"], ["get", "filtered"]], 3, 1.5],
      },
    },
    {
      id: "events",
      type: "circle",
      source: "events",
      paint: {
        "circle-radius": ["case", ["get", "selected"], 8, 5],
        "circle-color": ["get", "color"],
        "circle-stroke-color": ["case", ["get", "selected"], c.text, m.halo],
        "circle-stroke-width": ["case", ["get", "selected"], 2.5, 1.2],
        "circle-opacity": ["case", ["get", "dimmed"], 0.35, 1],
      },
    },
    {
      id: "chokepoints",
      type: "symbol",
      source: "chokepoints",
      layout: {
        "text-field": "▲",
        "text-font": fonts.regular,
        "text-size": 17,
        "text-allow-overlap": true,
        "text-ignore-placement": true,
      },
      paint: { "text-color": c.warn, "text-halo-color": m.halo, "text-halo-width": 1.5 },
    },
    {
      id: "place-labels",
      type: "symbol",
      source: "places",
      layout: {
        "text-field": ["get", "label"],
        "text-font": fonts.bold,
        "text-size": 11,
        "text-anchor": "top",
        "text-offset": ["get", "labelOffset"],
        "text-allow-overlap": true,
        "text-ignore-placement": true,
      },
      paint: { "text-color": c.accent, "text-halo-color": m.halo, "text-halo-width": 1.5 },
    },
    {
      id: "waypoint-labels",
      type: "symbol",
      source: "waypoints",
      minzoom: 3.2,
      filter: ["!=", ["get", "state"], "dimmed"],
      layout: {
        "text-field": ["get", "label"],
        "text-font": fonts.regular,
        "text-size": 10.5,
        "text-anchor": "top",
        "text-offset": [0, 0.5],
        "text-optional": true,
        "text-max-width": 9,
      },
      paint: { "text-color": c.text, "text-halo-color": m.halo, "text-halo-width": 1.4 },
    },
  ];
}

/** The layers that answer hover and click, top-most first. */
export const INTERACTIVE_LAYERS = ["chokepoints", "events", "places", "waypoints", "corridor-hit", "countries-fill"];
