/** The secretary's four papers, each as the report's document model (src/lib/report/model.ts). */
export { buildAttendancePaper, ATTENDANCE_TITLE } from './attendance';
export { buildMinutesPaper, CHAIR_CONCLUSION_LABEL, CHAIR_CONCLUSION_NOTE } from './minutes';
export { buildPlanPaper, PLAN_TITLE } from './plan';
export { buildSummaryPaper, SUMMARY_TITLE } from './summary';
export type { PaperContext } from './common';
