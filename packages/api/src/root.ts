import { boardsRouter } from "./router/boards.ts";
import { collabRouter } from "./router/collab.ts";
import { corridorsRouter } from "./router/corridors.ts";
import { healthRouter } from "./router/health.ts";
import { indicatorsRouter } from "./router/indicators.ts";
import { investmentsRouter } from "./router/investments.ts";
import { linksRouter } from "./router/links.ts";
import { membersRouter } from "./router/members.ts";
import { assumptionsRouter, dataQualityRouter } from "./router/reference.ts";
import { relationsRouter } from "./router/relations.ts";
import { scenarioRouter } from "./router/scenario.ts";
import { snapshotsRouter } from "./router/snapshots.ts";
import { sourcesRouter } from "./router/sources.ts";
import { teamsRouter } from "./router/teams.ts";
import { createTRPCRouter } from "./trpc.ts";

export const appRouter = createTRPCRouter({
  health: healthRouter,
  boards: boardsRouter,
  teams: teamsRouter,
  members: membersRouter,
  links: linksRouter,
  collab: collabRouter,
  corridors: corridorsRouter,
  investments: investmentsRouter,
  relations: relationsRouter,
  indicators: indicatorsRouter,
  sources: sourcesRouter,
  assumptions: assumptionsRouter,
  dataQuality: dataQualityRouter,
  scenario: scenarioRouter,
  snapshots: snapshotsRouter,
});

export type AppRouter = typeof appRouter;
