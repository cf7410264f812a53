import { useEffect, useState } from 'react';
import type { ReportTemplate } from '../../lib/document/template-schema';
import type { Draft } from './draft';
import { FormFlow } from './FormFlow';
import { listDrafts, loadDraft } from './storage';
import { TemplateChooser } from './TemplateChooser';
import './report-form.css';

interface Props {
  /** Every template of the collection, in chooser order. */
  templates: ReportTemplate[];
}

/** The template in the address (?mau=…), so a reload or a bookmark comes back to it. */
const templateInUrl = () => new URLSearchParams(window.location.search).get('mau');

/**
 * The report drafting island. Runs only in the browser (client:only): the page itself carries the
 * blank printable forms for readers without JavaScript, and this island hides them once it runs.
 */
export default function ReportForm({ templates }: Props) {
  const ids = templates.map((t) => t.id);
  const [templateId, setTemplateId] = useState<string | null>(() => {
    const id = templateInUrl();
    return id && ids.includes(id) ? id : null;
  });
  const [opened, setOpened] = useState<Draft | null>(null);

  useEffect(() => {
    for (const el of document.querySelectorAll<HTMLElement>('[data-blank-forms]')) el.hidden = true;
    const onPop = () => {
      const id = templateInUrl();
      setOpened(null);
      setTemplateId(id && ids.includes(id) ? id : null);
    };
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const choose = (id: string | null, draft: Draft | null = null) => {
    history.pushState(null, '', id ? `?mau=${id}` : window.location.pathname);
    setOpened(draft);
    setTemplateId(id);
    document.getElementById('noi-dung')?.focus();
  };

  const template = templates.find((t) => t.id === templateId);
  if (!template) return <TemplateChooser templates={templates} drafts={listDrafts(ids)} onChoose={(id) => choose(id)} />;
  return (
    <FormFlow
      key={`${template.id}-${opened?.savedAt ?? 'stored'}`}
      template={template}
      knownTemplateIds={ids}
      initialDraft={opened ?? loadDraft(template.id, ids)}
      onOpenOtherTemplate={(draft) => choose(draft.templateId, draft)}
      onChooseAnother={() => choose(null)}
    />
  );
}
