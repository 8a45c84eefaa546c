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
  confidence: { label: "Confidence", high: "high", medium: "medium", low: "low" },
  /** Commitment statuses (the fact base's pledged / MoU / signed / disbursed). */
  status: { pledged: "pledged", mou: "MoU", signed: "signed", disbursed: "disbursed" },
  contextNotInSeed: "context",
  contextNotInSeedTitle: "Context row: not in the seed analysis",
};
