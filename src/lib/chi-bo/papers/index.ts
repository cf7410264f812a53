/** The secretary's four papers, each as the report's document model (src/lib/report/model.ts). */
export { buildAttendancePaper } from './attendance';
export { buildMinutesPaper, CHAIR_CONCLUSION_LABEL } from './minutes';
export { buildPlanPaper } from './plan';
export { buildSummaryPaper } from './summary';
export type { PaperContext } from './common';
