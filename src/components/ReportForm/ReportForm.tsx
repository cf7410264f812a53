import { useEffect, useState } from 'react';
import type { ReportTemplate } from '~/schemas/report-template';
import type { Draft } from '~/lib/report/draft';
import { FormFlow } from './FormFlow';
import { listDrafts, loadDraft } from '~/lib/report/storage';

interface Props {
  /** Every template of the collection, in chooser order. */
  templates: ReportTemplate[];
}

/**
 * The report drafting island. Runs only in the browser (client:only). The page carries the template
 * chooser (a plain GET form, ?mau=…) and the blank printable forms; this island shows the chosen
 * template's form in their place, or, on the chooser, the drafts kept on this device.
 */
export default function ReportForm({ templates }: Props) {
  const ids = templates.map((t) => t.id);
  const [state, setState] = useState<{ id: string | null; draft: Draft | null }>(() => {
    const id = new URLSearchParams(window.location.search).get('mau');
    return { id: id && ids.includes(id) ? id : null, draft: null };
  });
  const template = templates.find((t) => t.id === state.id);

  useEffect(() => {
    for (const el of document.querySelectorAll<HTMLElement>('[data-blank-forms]')) el.hidden = true;
    for (const el of document.querySelectorAll<HTMLElement>('[data-report-chooser]')) el.hidden = template !== undefined;
  }, [template]);
  useEffect(() => {
    // Back and forward move between templates opened in this page: start afresh from the address.
    const onPop = () => window.location.reload();
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);

  if (!template) {
    const drafts = listDrafts(ids);
    if (drafts.size === 0) return null;
    return (
      <section className="rf-notice">
        <h2>Bản nháp trên máy này</h2>
        <ul>
          {templates.filter((t) => drafts.has(t.id)).map((t) => (
            <li key={t.id}>
              <a href={`?mau=${t.id}`}>{t.title}</a>, lưu lúc {new Date(drafts.get(t.id)!).toLocaleString('vi-VN')}
            </li>
          ))}
        </ul>
      </section>
    );
  }
  return (
    <FormFlow
      key={`${template.id}-${state.draft?.savedAt ?? 'stored'}`}
      template={template}
      knownTemplateIds={ids}
      initialDraft={state.draft ?? loadDraft(template.id, ids)}
      onOpenOtherTemplate={(draft) => {
        // The draft is in memory only, so switch in place rather than reload.
        history.pushState(null, '', `?mau=${draft.templateId}`);
        setState({ id: draft.templateId, draft });
      }}
    />
  );
}
