import type { AnyField, ReportTemplate } from '~/schemas/report-template';

/**
 * The form's steps and their addresses. A template becomes: the header step, one step per section,
 * then the check-answers page. Each has its own address (`?mau=dang-vien&buoc=trung-thanh`), so Back,
 * Forward, a reload and a reopened tab land on the same step.
 */

export interface Step {
  id: string;
  title: string;
  intro?: string | undefined;
  fields: AnyField[];
}

/** Id of the first step (the document's header block). */
export const HEADER_STEP = 'dau-bao-cao';
/** `buoc` value of the check-answers page. */
export const CHECK_STEP = 'kiem-tra';
/** Heading of the check-answers page. */
export const CHECK_TITLE = 'Kiểm tra lại trước khi tải về';

export function buildSteps(template: ReportTemplate): Step[] {
  return [
    { id: HEADER_STEP, title: 'Thông tin ở đầu giấy tờ', fields: template.header },
    ...template.parts.flatMap((p) => p.sections.map((s) => ({ id: s.id, title: s.title, intro: s.intro, fields: s.fields }))),
  ];
}

/** Where the member is: a step by index (0…steps.length-1), or the check page (index steps.length). */
export interface Place {
  index: number;
  /** Opened by a "Sửa" link on the check page: the step offers "Lưu và quay lại". */
  fromCheck: boolean;
}

/** The place an address names; an unknown or missing step is the first one. */
export function placeFromSearch(search: string, steps: readonly Step[]): Place {
  const params = new URLSearchParams(search);
  const id = params.get('buoc');
  const fromCheck = params.get('tu') === CHECK_STEP;
  if (id === CHECK_STEP) return { index: steps.length, fromCheck: false };
  return { index: Math.max(steps.findIndex((s) => s.id === id), 0), fromCheck };
}

/** `nhap` value asking for a new draft of the template (the start page's "Soạn bản nháp mới"). */
export const NEW_DRAFT = 'moi';

/** The draft an address names (`&nhap=…`), or null. */
export function draftIdFromSearch(search: string): string | null {
  return new URLSearchParams(search).get('nhap');
}

/** The address of a place, keeping the template choice and which of the device's drafts is open. */
export function searchForPlace(templateId: string, place: Place, steps: readonly Step[], draftId?: string): string {
  const params = new URLSearchParams({ mau: templateId });
  if (draftId) params.set('nhap', draftId);
  const id = place.index >= steps.length ? CHECK_STEP : steps[place.index]?.id;
  if (id && place.index > 0) params.set('buoc', id);
  if (place.fromCheck && place.index < steps.length) params.set('tu', CHECK_STEP);
  return `?${params.toString()}`;
}

/** "Bước 3/9: Trung thành với Đảng", said in the heading and the page title. */
export function stepLabel(place: Place, steps: readonly Step[]): string {
  const total = steps.length + 1;
  const title = place.index >= steps.length ? CHECK_TITLE : (steps[place.index]?.title ?? '');
  return `Bước ${place.index + 1}/${total}: ${title}`;
}
