import { createContext, useContext } from 'react';
import type { ReportTemplate } from '~/schemas/report-template';

/** What the page carries of every template: enough to name a draft of any of them. */
export type TemplateName = Pick<ReportTemplate, 'id' | 'title'>;

export interface TemplatesValue {
  /** Every template of the collection, in chooser order (names only; the data comes with template-data.ts). */
  templates: TemplateName[];
  /** Their ids: a draft file of any other template is refused. */
  ids: readonly string[];
}

/** The templates on this site, for the parts of the form that open or list drafts of any template. */
export const TemplatesContext = createContext<TemplatesValue>({ templates: [], ids: [] });

export const useTemplates = (): TemplatesValue => useContext(TemplatesContext);
