// Colours shared by the map and the charts, per theme. Corridor colours are distinct in hue and
// lightness (readable for the common colour-vision deficiencies together with the legend names).
import type { ActorLane, InvestmentStatus } from "@corridor/domain";
import type { Theme } from "./theme";

const CORRIDOR = {
  light: ["#0b7285", "#c2410c", "#2b8a3e", "#6741d9", "#a16207", "#be185d"],
  dark: ["#3bc9db", "#ff8a4c", "#69db7c", "#b197fc", "#fcc419", "#f783ac"],
} as const;

export function corridorColor(index: number, theme: Theme): string {
  const list = CORRIDOR[theme];
  return list[index % list.length] ?? list[0];
}

export const STATUS_COLORS: Record<Theme, Record<InvestmentStatus, string>> = {
  light: { pledged: "#9aa5b1", MoU: "#4c8dd6", signed: "#2f9e44", disbursed: "#0b5d2a" },
  dark: { pledged: "#6b7785", MoU: "#5ea4f0", signed: "#51cf66", disbursed: "#b2f2bb" },
};

export const LANE_COLORS: Record<Theme, Record<ActorLane, string>> = {
  light: { China: "#c92a2a", EU: "#1c5fb8", US: "#5f3dc4", Russia: "#495057", "Central Asia": "#b7791f", Other: "#0c8599" },
  dark: { China: "#ff8787", EU: "#74c0fc", US: "#b197fc", Russia: "#ced4da", "Central Asia": "#ffd43b", Other: "#66d9e8" },
};

export interface ChromeColors {
  text: string;
  muted: string;
  grid: string;
  surface: string;
  accent: string;
  warn: string;
  nested: string;
}

export const CHROME: Record<Theme, ChromeColors> = {
  light: { text: "#1b1d21", muted: "#52575f", grid: "#e3e5e8", surface: "#ffffff", accent: "#0b5cad", warn: "#c2410c", nested: "#d6dbe1" },
  dark: { text: "#e8eaed", muted: "#a9afb8", grid: "#30353c", surface: "#1c1f23", accent: "#7db7f5", warn: "#ff922b", nested: "#3d434b" },
};
