/**
 * The report page's address, read and built in one place: `/bao-cao/?mau=dang-vien&nhap=a1b2&buoc=trung-thanh&tu=kiem-tra`.
 * `mau` is the template, `nhap` which of the device's drafts of it (`moi`: a new one), `buoc` the step (none on the first step; `kiem-tra` for the check page), `tu=kiem-tra`
 * a step opened by a "Sửa" link of the check page. The page's inline scripts run `readReportAddress` and
 * `reportSearch` themselves (their source is written into the page at build time), so these two must stay
 * self-contained: no import, no constant or helper outside their body.
 */

const REPORT_PATH = '/bao-cao/';
/** `buoc` (and `tu`) value of the check-answers page. */
export const CHECK_STEP = 'kiem-tra';

export interface ReportAddress {
  /** The chosen template's id, or null on the start page. */
  templateId: string | null;
  /** Which of the device's drafts of the template (`moi` asks for a new one), or null. */
  draftId: string | null;
  /** The step's id, or null for the first step. */
  step: string | null;
  /** Opened from the check page's "Sửa" link. */
  fromCheck: boolean;
}

/** What a query string (`location.search`) names. An empty `mau` is no template. */
export function readReportAddress(search: string): ReportAddress {
  const params = new URLSearchParams(search);
  return {
    templateId: params.get('mau') || null,
    draftId: params.get('nhap') || null,
    step: params.get('buoc') || null,
    fromCheck: params.get('tu') === 'kiem-tra',
  };
}

/** The query string (`?mau=…&buoc=…`) of an address; the start page's is empty. */
export function reportSearch({ templateId, draftId, step, fromCheck }: ReportAddress): string {
  if (!templateId) return '';
  const params = new URLSearchParams({ mau: templateId });
  if (draftId) params.set('nhap', draftId);
  if (step) params.set('buoc', step);
  if (fromCheck && step !== 'kiem-tra') params.set('tu', 'kiem-tra');
  return `?${params.toString()}`;
}

/**
 * Where one template's data is served (src/pages/bao-cao/mau/[id].json.ts): the page carries only the
 * templates' names, and the form fetches the one it opens.
 */
export const templateDataHref = (templateId: string): string => `${REPORT_PATH}mau/${templateId}.json`;

/** The full path of an address, for links and `history.pushState`; what is not given is left out. */
export const reportHref = (address: Partial<ReportAddress>): string =>
  REPORT_PATH + reportSearch({ templateId: null, draftId: null, step: null, fromCheck: false, ...address });

/** The template an address names when it is one of `ids`, else null. */
export function chosenTemplate(search: string, ids: readonly string[]): string | null {
  const { templateId } = readReportAddress(search);
  return templateId && ids.includes(templateId) ? templateId : null;
}
