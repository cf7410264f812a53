/**
 * A template's data, fetched when the form opens it (the page carries only the templates' names, see
 * ReportFormLoader.astro), once per page and again after a failure. Once it has arrived, the service
 * worker is asked to keep it, so the form opens again without a network even when this fetch came before
 * the worker controlled the page.
 */
import { templateDataHref } from '~/lib/report/address';
import { retrying } from '~/lib/retrying';
import type { ReportTemplate } from '~/schemas/report-template';

const loads = new Map<string, () => Promise<ReportTemplate>>();

export function loadTemplate(templateId: string): Promise<ReportTemplate> {
  let load = loads.get(templateId);
  if (!load) {
    load = retrying(() => fetchTemplate(templateId));
    loads.set(templateId, load);
  }
  return load();
}

async function fetchTemplate(templateId: string): Promise<ReportTemplate> {
  const href = templateDataHref(templateId);
  const response = await fetch(href);
  if (!response.ok) throw new Error(`${href}: ${response.status}`);
  const template = (await response.json()) as ReportTemplate;
  void navigator.serviceWorker?.ready.then(
    (registration) => registration.active?.postMessage({ type: 'giu-trang', urls: [href] }),
    () => undefined,
  );
  return template;
}
