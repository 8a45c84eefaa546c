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
  annotationTargetSchema,
  assessmentStatusSchema,
  authorSchema,
  type AnnotationTarget,
  type AssessmentStatus,
  type Author,
} from "./schema.ts";
export { boardDocFromState, diffBoardDocs, restoreSnapshot, type BoardDocDiff } from "./snapshot.ts";
export { fragmentText } from "./text.ts";
