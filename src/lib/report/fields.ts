import type { AnyField, ReportTemplate } from '~/schemas/report-template';

/**
 * Every field of a template in form order: header first, then the sections.
 * Kept apart from src/schemas/report-template.ts so browser code can use it without bundling zod.
 */
export function allFields(template: ReportTemplate): AnyField[] {
  return [...template.header, ...template.parts.flatMap((p) => p.sections.flatMap((s) => s.fields))];
}

/** A member's answers, by field id: the form's values, a draft's answers, what the merge compares. */
export type Answers = Record<string, string>;

/** Empty answers for every field, so every input is controlled from the start. */
export function emptyAnswers(template: ReportTemplate): Answers {
  return Object.fromEntries(allFields(template).map((f) => [f.id, '']));
}
