import type { Resolver } from 'react-hook-form';
import type { ReportTemplate } from '~/schemas/report-template';
import type { Answers } from '~/lib/report/fields';
import { retrying } from '~/lib/retrying';

/**
 * The zod resolver, loaded the first time the form validates (the first "Tiếp tục"), so zod and
 * the resolver stay out of the page's initial JavaScript. The schema is `buildFormSchema`, the same
 * one the unit tests check. While its download fails, validating rejects (the form says so, see
 * FormFlow) and the next one tries again.
 */
export function lazyZodResolver(template: ReportTemplate): Resolver<Answers> {
  // A failed download is not kept: the next validation (the next "Tiếp tục") downloads again.
  const resolver = retrying(() =>
    Promise.all([import('@hookform/resolvers/zod'), import('~/lib/report/form-schema')]).then(
      ([{ zodResolver }, { buildFormSchema }]) =>
        zodResolver(buildFormSchema(template)) as unknown as Resolver<Answers>,
    ),
  );
  return async (values, context, options) => (await resolver())(values, context, options);
}
