import { z } from 'zod';
import { CLOSING_PLACEHOLDER } from './placeholders';

/**
 * Schema of one report template (collection `templates`, files in src/content/templates/).
 * Editors change questions here, in data; the form, the blank printable form, the print view
 * and the .docx writer all read the same parsed template.
 */

/** Field ids the document engine places in the header, title block and signature. */
export const headerFieldIds = ['dangBo', 'chiBo', 'hoTen', 'chucVu', 'diaDanh', 'ngayLap'] as const;
export type HeaderFieldId = (typeof headerFieldIds)[number];

/** Who a template is for: the report page's chooser groups the templates by it (ReportChooser.astro). */
export const templateKinds = ['self-review', 'session-programme', 'session-record'] as const;
export type TemplateKind = (typeof templateKinds)[number];

/** Field ids become form names, storage keys and HTML ids: keep them plain. */
const fieldId = z
  .string()
  .regex(/^[a-z][a-zA-Z0-9]*$/, 'field id: letters and digits, starting with a lower-case letter');

const fieldBase = {
  /** The question, in the member's words ("Đồng chí tên gì?"), shown as the label. */
  label: z.string().min(3).max(200),
  /** One or two sentences under the label: what to write, or a rule quoted with its source. */
  hint: z.string().max(600).optional(),
  /** Questions that help the member think. Never sample answers to copy. */
  guidingQuestions: z.array(z.string().min(5).max(300)).default([]),
  /** Whether the form asks for an answer before the member can go on. */
  required: z.boolean(),
  /** The longest answer kept, in characters (after normalising). */
  maxLength: z.number().int().positive().max(20000),
  /** Message when a required answer is empty, e.g. "Nhập họ và tên của đồng chí". */
  errorRequired: z.string().min(5).max(200).optional(),
};

/** A field in the header block: its id says where the engine puts it. */
export const headerFieldSchema = z
  .object({
    ...fieldBase,
    id: z.enum(headerFieldIds),
    /** text: one line; date: a calendar date, printed as "ngày … tháng … năm …". */
    type: z.enum(['text', 'date']),
  })
  .strict();

/** A question in a section of the report body. */
export const bodyFieldSchema = z
  .object({
    ...fieldBase,
    id: fieldId,
    /** text: one line; textarea: free text in paragraphs. */
    type: z.enum(['text', 'textarea']),
    /**
     * How the answer is introduced in the document, e.g. "Thời gian" → "Thời gian: …".
     * Without it the answer stands as plain paragraphs.
     */
    docLabel: z.string().min(2).max(120).optional(),
    /**
     * Ids this field had in earlier versions of the template. A draft saved under an old id is
     * moved here on restore, so renaming a question never loses what a member wrote.
     */
    formerIds: z.array(fieldId).default([]),
    /**
     * false: the answer is not printed in the body, only where the template places it (a signer's
     * name or post, a closing line). A post must never be printed as a name: ask for them apart.
     */
    inBody: z.boolean().default(true),
  })
  .strict();

/** One step of the form and one numbered section of the document. */
const sectionSchema = z
  .object({
    /** Stable id, used in links ("Sửa") and in the step's URL hash. */
    id: fieldId,
    /** Heading of the step in the form, in the member's words. */
    title: z.string().min(3).max(160),
    /** Heading of the section in the document. */
    docTitle: z.string().min(3).max(200),
    /** Short text under the step's heading. */
    intro: z.string().max(800).optional(),
    fields: z.array(bodyFieldSchema).min(1),
  })
  .strict();

/** A group of sections printed under a Roman numeral ("I.", "II."). */
const partSchema = z
  .object({
    /** Heading printed in capitals in the document, e.g. "Kết quả thực hiện nhiệm vụ đảng viên". */
    docTitle: z.string().min(3).max(200),
    sections: z.array(sectionSchema).min(1),
  })
  .strict();

/**
 * One signer's place at the foot of the document. No source shows the wording of a member's signature
 * block ("NGƯỜI BÁO CÁO", "(Ký, ghi rõ họ tên)" are unverified in the sources we hold), nor of a chi
 * bộ programme's or minutes' (the T/M prefix is known only from a third-party project): the templates
 * say in their note that this layout is the site's, and the chi bộ may ask for another.
 */
const signerSchema = z
  .object({
    /** Printed in capitals above the role when the signer signs for a body, e.g. "T/M CHI BỘ". */
    onBehalfOf: z.string().min(2).max(80).optional(),
    /** Printed in capitals, e.g. "NGƯỜI BÁO CÁO", "CHỦ TRÌ". */
    role: z.string().min(2).max(80),
    /** Field whose answer, in capitals, replaces `role` when given (the signer's post, e.g. "Phó Bí thư"). */
    roleField: fieldId.optional(),
    /** Printed in italics under the role, e.g. "(Ký, ghi rõ họ tên)". */
    note: z.string().max(80).optional(),
    /** Field whose answer is printed as the signer's name; without it the line is left blank to fill by hand. */
    nameField: fieldId.optional(),
  })
  .strict();

export const templateSchema = z
  .object({
    /** Name in the chooser, e.g. "Báo cáo của đảng viên đang nghỉ hưu". */
    title: z.string().min(5).max(160),
    /** Who the template is for, one sentence shown under the title. */
    audience: z.string().min(10).max(300),
    kind: z.enum(templateKinds),
    /** Position in the chooser. */
    order: z.number().int().nonnegative(),
    /**
     * Raised when an edit changes what a saved answer means; drafts remember it.
     * Renames use `formerIds`, so they need no bump.
     */
    version: z.number().int().positive(),
    /** Title block: the first line in bold capitals ("BÁO CÁO"), the rest as the subject line. */
    documentTitle: z.array(z.string().min(2).max(200)).min(1).max(4),
    /** Lines printed after the title in the document, e.g. the member's name and post. */
    header: z.array(headerFieldSchema).min(1),
    parts: z.array(partSchema).min(1),
    /** One signer (right) or two (left and right). */
    signers: z.array(signerSchema).min(1).max(2),
    /**
     * Paragraphs printed after the body, before the signatures (the minutes' closing lines).
     * `{answer:fieldId}` is replaced by that field's answer, or by a blank to fill by hand.
     */
    closing: z.array(z.string().min(3).max(400)).default([]),
    /** Shown above the form and on the blank form: what this template is and is not. */
    note: z.string().max(900).optional(),
  })
  .strict()
  .superRefine((t, ctx) => {
    const ids = new Set<string>(t.header.map((f) => f.id));
    const formerIds = new Set<string>();
    for (const part of t.parts) {
      for (const section of part.sections) {
        for (const field of section.fields) {
          if (ids.has(field.id)) ctx.addIssue({ code: 'custom', message: `duplicate field id "${field.id}"` });
          ids.add(field.id);
          for (const old of field.formerIds) formerIds.add(old);
        }
      }
    }
    for (const old of formerIds) {
      if (ids.has(old)) ctx.addIssue({ code: 'custom', message: `former id "${old}" is still in use` });
    }
    for (const signer of t.signers) {
      for (const ref of [signer.nameField, signer.roleField]) {
        if (ref !== undefined && !ids.has(ref))
          ctx.addIssue({ code: 'custom', message: `signer field "${ref}" is not a field` });
      }
    }
    for (const line of t.closing) {
      for (const [, ref] of line.matchAll(CLOSING_PLACEHOLDER)) {
        if (!ids.has(ref!))
          ctx.addIssue({ code: 'custom', message: `closing line names "{answer:${ref}}", which is not a field` });
      }
    }
    for (const required of ['dangBo', 'chiBo', 'diaDanh'] as const) {
      if (!t.header.some((f) => f.id === required)) {
        ctx.addIssue({ code: 'custom', message: `header needs the "${required}" field` });
      }
    }
  });

/** A template after parsing; `id` is the file name, added by the collection. */
export type ReportTemplate = z.output<typeof templateSchema> & { id: string };
export type AnyField = z.output<typeof headerFieldSchema> | z.output<typeof bodyFieldSchema>;
