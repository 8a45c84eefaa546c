// A small briefing input for the export tests: two corridors, a chokepoint, commitments, one
// series, Cyrillic commentary and a snapshot name that tries to be markup.
import type { BriefingInput } from "./briefing-input.ts";

export const input: BriefingInput = {
  boardTitle: "Kazakhstan between China and the EU",
  snapshotName: "Briefing 14 Nov <script>alert(1)</script>",
  author: "Head of department",
  createdAt: new Date("2026-11-14T15:00:00Z"),
  dataVersion: "b585d19b478e0000",
  scenario: {
    changed: [{ name: "Persian Gulf / Pakistani-port disruption severity", unit: "%", value: 30, default: 10 }],
    riskBaseline: 28.4,
    riskScenario: 33.1,
    realisedBaselineEur: 4.05e9,
    realisedScenarioEur: 4.05e9,
    firstYearOverCapacity: 2029,
  },
  corridors: [
    { id: "COR-01", name: "Middle Corridor", coordinates: [[108.94, 34.27], [76.88, 43.24], [51.17, 43.65], [49.41, 39.95], [28.63, 44.17]], color: "#d9480f", lengthKm: 7100 },
    { id: "COR-02", name: "Northern route", coordinates: [[87.62, 43.82], [82.5, 45.2], [37.6, 55.7], [23.68, 52.1]], color: "#1c7ed6", lengthKm: 6000 },
  ],
  chokepoints: [{ id: "CHK-05", name: "Caspian Sea crossing", lonLat: [50.5, 42] }],
  commitments: [
    { actor: "EU", status: "pledged", totalEur: 10e9, sourceIds: ["E35"] },
    { actor: "EIB", status: "MoU", totalEur: 1.47e9, sourceIds: ["E37"] },
  ],
  series: [{ name: "Middle Corridor cargo", unit: "Mt", points: [{ period: "2022", value: 1.5, confidence: "medium", sourceIds: ["E03"] }, { period: "2023", value: 2.8, confidence: "low", sourceIds: ["E01"] }] }],
  commentary: "Объёмы по Среднему коридору выросли. Volumes doubled.",
  assessments: [{ title: "Transport outlook", status: "reviewed", author: "Aigerim", text: "Ferries remain the bottleneck." }],
  flags: [{ id: "DQ-01", item: "ERICEN amount", issue: "USD 100 m in the seed vs USD 50 m documented" }],
  sources: [
    { id: "E35", kind: "media", publisher: "News Central Asia (nCa)", title: "European and international financial institutions announce EUR 10 bn", url: "https://example.org/a", year: 2024, seedRef: null, confidence: "high" },
    { id: "SEED-09", kind: "media", publisher: "Not identified (seed reference [9])", title: "The EU has pledged to invest 10 billion euros", url: null, year: null, seedRef: 9, confidence: null },
  ],
};
