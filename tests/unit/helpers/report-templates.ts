import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fillSiteNames } from '~/lib/site-names';
import { templateSchema, type ReportTemplate } from '~/schemas/report-template';

/** Directory of the `templates` collection. */
export const TEMPLATE_DIR = join(import.meta.dirname, '../../../src/content/templates');

/** Every template file, parsed with the collection's own schema, as the site sees it. */
export function loadTemplates(): ReportTemplate[] {
  return readdirSync(TEMPLATE_DIR)
    .filter((name) => name.endsWith('.json'))
    .map((name) =>
      fillSiteNames(
        {
          ...templateSchema.parse(JSON.parse(readFileSync(join(TEMPLATE_DIR, name), 'utf8'))),
          id: name.replace(/\.json$/, ''),
        },
        name,
      ),
    );
}

export function loadTemplate(id: string): ReportTemplate {
  const found = loadTemplates().find((t) => t.id === id);
  if (!found) throw new Error(`no template ${id}`);
  return found;
}
