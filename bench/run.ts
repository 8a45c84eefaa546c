// `pnpm bench`: every benchmark in turn. Figures are medians over rounds, compared with a baseline
// measured in the same run; JSON reports go to bench/results/. `pnpm bench -- --quick` shortens
// every run (fewer rounds, smaller rooms) for a smoke check.
import { runApiBench } from "./api.ts";
import { runBoardLoadBench } from "./board-load.ts";
import { runCollabBench } from "./collab.ts";
import { runExportPngBench } from "./export-png.ts";

await runApiBench();
await runBoardLoadBench();
await runCollabBench(process.argv.includes("--quick") ? { quick: true } : {});
await runExportPngBench();
