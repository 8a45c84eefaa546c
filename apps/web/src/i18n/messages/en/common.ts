// Words used across the interface: the fact base's vocabulary as shown, and generic actions.
import { plural } from "../../translate";

export const common = {
  productDescription: "Transport corridors, commitments and relations in Central Asia, every figure with its source.",
  loading: "Loading…",
  close: "Close",
  cancel: "Cancel",
  save: "Save",
  delete: "Delete",
  retry: "Try again",
  somethingWentWrong: "Something went wrong. Try again.",
  language: "Language",
  sources: plural({ one: "{count} source", other: "{count} sources" }),
  // The fact base's closed vocabularies (@corridor/domain/vocabulary), keyed by their stored values:
  // t(`common.status.${status}`) and so on.
  confidence: { label: "Confidence", high: "high", medium: "medium", low: "low" },
  status: { pledged: "pledged", MoU: "MoU", signed: "signed", disbursed: "disbursed" },
  lane: { China: "China", EU: "EU", US: "US", Russia: "Russia", "Central Asia": "Central Asia", Other: "Other" },
  sourceKind: { official: "official", media: "media", analysis: "analysis" },
  /** A member's role on a board or team, as its badge reads. */
  role: { viewer: "viewer", editor: "editor", owner: "owner" },
  contextNotInSeed: "context",
  contextNotInSeedTitle: "Context row: not in the seed analysis",
};
