// `pnpm bench`: every benchmark in turn. Figures are medians over rounds, compared with a baseline
// measured in the same run; JSON reports go to bench/results/.
import { runApiBench } from "./api.ts";
import { runBoardLoadBench } from "./board-load.ts";

await runApiBench();
await runBoardLoadBench();
