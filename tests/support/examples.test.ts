/** The shared examples are answers the form accepts, for every template (so any test can use any of them). */
import { describe, expect, it } from 'vitest';
import { buildFormSchema } from '~/lib/report/form-schema';
import { buildDocument } from '~/lib/report/model';
import { loadTemplates } from '../unit/helpers/report-templates';
import { answersFor, complete, short, tricky, TRICKY_TEXT } from './examples';

const templates = loadTemplates();

describe('the example answers', () => {
  it('cover the templates there are', () => {
    expect(templates.length).toBeGreaterThan(0);
  });

  for (const template of templates) {
    describe(template.id, () => {
      for (const [name, answer] of [
        ['complete', complete],
        ['short', short],
        ['tricky', tricky(template.parts[0]?.sections[0]?.fields.find((f) => f.type === 'textarea')?.id)],
      ] as const) {
        it(`${name}: passes the form's own validation`, () => {
          const result = buildFormSchema(template).safeParse(answersFor(template, answer));
          expect(result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual([]);
        });
      }

      it('required only: the smallest report the form accepts', () => {
        const answers = answersFor(template, short, { requiredOnly: true });
        expect(buildFormSchema(template).safeParse(answers).success).toBe(true);
        const fields = [...template.header, ...template.parts.flatMap((p) => p.sections.flatMap((s) => s.fields))];
        for (const field of fields) expect(answers[field.id] === '', field.id).toBe(!field.required);
      });
    });
  }

  it('keep the tricky text intact into the document model', () => {
    const template = templates.find((t) => t.id === 'dang-vien')!;
    const model = JSON.stringify(buildDocument(template, answersFor(template, tricky('hanhTrinh'))));
    expect(model).toContain(JSON.stringify('<script>alert("x")</script>').slice(1, -1));
    expect(model).toContain('😀 𠀀');
    expect(TRICKY_TEXT).toContain(']]>');
  });
});
