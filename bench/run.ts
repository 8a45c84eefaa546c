// `pnpm bench`: every benchmark in turn. Figures are medians over rounds, compared with a baseline
// measured in the same run; JSON reports go to bench/results/. `pnpm bench -- --quick` shortens
// every run (fewer rounds, smaller rooms) for a smoke check. `--port=<n>` moves the web server the
// API and board-load benchmarks start, `--collab-port=<n>` the collab servers.
import { runApiBench } from "./api.ts";
import { runBoardLoadBench } from "./board-load.ts";
import { runCollabBench } from "./collab.ts";
import { runExportPngBench } from "./export-png.ts";
import { numberArg } from "./lib/args.ts";

await runApiBench();
await runBoardLoadBench();
const collabPort = numberArg("collab-port");
await runCollabBench({ quick: process.argv.includes("--quick"), ...(collabPort === undefined ? {} : { port: collabPort }) });
await runExportPngBench();
