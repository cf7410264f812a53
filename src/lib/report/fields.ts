import type { AnyField, ReportTemplate } from '~/schemas/report-template';

/**
 * Every field of a template in form order: header first, then the sections.
 * Kept apart from src/schemas/report-template.ts so browser code can use it without bundling zod.
 */
export function allFields(template: ReportTemplate): AnyField[] {
  return [...template.header, ...template.parts.flatMap((p) => p.sections.flatMap((s) => s.fields))];
}
