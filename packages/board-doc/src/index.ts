export {
  BoardDoc,
  BoardDocError,
  type Annotation,
  type AnnotationReply,
  type AssessmentSection,
  type AssumptionBounds,
  type AssumptionEdit,
} from "./board-doc.ts";
export { MIGRATIONS, migrateBoardDoc, schemaVersionOf, type Migration, type MigrationResult } from "./migrations.ts";
export {
  ASSESSMENT_STATUS,
  ROOT,
  SCHEMA_VERSION,
  viewNameSchema,
  annotationTargetSchema,
  assessmentStatusSchema,
  authorSchema,
  type AnnotationTarget,
  type AssessmentStatus,
  type Author,
} from "./schema.ts";
export { MAX_SAVED_VIEWS, SavedViews, type SavedView } from "./saved-views.ts";
export {
  INDICATOR_KEYS,
  PANEL_KINDS,
  YEAR_MAX,
  YEAR_MIN,
  cameraSchema,
  panelRefSchema,
  parseViewState,
  sameCamera,
  viewIdSchema,
  viewSelectionSchema,
  viewStateSchema,
  type Camera,
  type ViewSelection,
  type ViewState,
} from "./view-state.ts";
export { boardDocFromState, diffBoardDocs, restoreSnapshot, type BoardDocDiff } from "./snapshot.ts";
export { fragmentText } from "./text.ts";
