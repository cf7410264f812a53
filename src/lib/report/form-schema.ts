import * as z from 'zod/mini';
import { measuredLength } from './sanitize';
import { allFields } from './fields';
import { formatNumber } from '~/lib/format';
import type { AnyField, ReportTemplate } from '~/schemas/report-template';

/**
 * The form's validation, built from a template. The resolver and the unit tests use this one
 * schema. zod/mini keeps it small; the form loads it only when it first validates.
 */

/** Message for an empty required field. */
export function requiredMessage(field: AnyField): string {
  return field.errorRequired ?? `Hãy trả lời câu hỏi “${field.label}”`;
}

/** Message for an answer over the limit: says how much to cut, never cuts by itself. */
export function tooLongMessage(field: AnyField, length: number): string {
  return `Câu trả lời “${field.label}” dài ${formatNumber(length)} ký tự, quá giới hạn ${formatNumber(field.maxLength)} ký tự. Hãy rút gọn bớt ${formatNumber(length - field.maxLength)} ký tự; chữ đồng chí đã gõ vẫn còn nguyên.`;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function fieldSchema(field: AnyField) {
  return z.string().check(
    z.superRefine((value, ctx) => {
      const length = measuredLength(value);
      if (field.required && length === 0)
        ctx.issues.push({ code: 'custom', message: requiredMessage(field), input: value });
      else if (length > field.maxLength)
        ctx.issues.push({ code: 'custom', message: tooLongMessage(field, length), input: value });
      else if (field.type === 'date' && length > 0 && !ISO_DATE.test(value.trim())) {
        ctx.issues.push({
          code: 'custom',
          message: 'Ngày chưa đúng. Hãy chọn ngày trên lịch, hoặc để trống.',
          input: value,
        });
      }
    }),
  );
}

/** Zod schema of a template's answers: one string per field (empty string when unanswered). */
export function buildFormSchema(template: ReportTemplate) {
  const shape: Record<string, ReturnType<typeof fieldSchema>> = {};
  for (const field of allFields(template)) shape[field.id] = fieldSchema(field);
  return z.object(shape);
}
