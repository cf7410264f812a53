import { createRoot } from 'react-dom/client';
import type { ReportTemplate } from '~/schemas/report-template';
import ReportForm from './ReportIsland';

export { OPEN_FILE_EVENT, OPEN_PASTE_EVENT } from './ReportIsland';

/** Renders the form island into `container`. Loaded with import() only when the page needs the form. */
export function mountReportForm(container: HTMLElement, templates: ReportTemplate[], startFile?: File, startPaste = false): void {
  createRoot(container).render(<ReportForm templates={templates} startFile={startFile} startPaste={startPaste} />);
}
