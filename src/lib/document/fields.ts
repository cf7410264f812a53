import type { AnyField, ReportTemplate } from './template-schema';

/**
 * Every field of a template in form order: header first, then the sections.
 * Kept apart from template-schema.ts so browser code can use it without bundling zod.
 */
export function allFields(template: ReportTemplate): AnyField[] {
  return [...template.header, ...template.parts.flatMap((p) => p.sections.flatMap((s) => s.fields))];
}
