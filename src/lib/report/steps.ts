import type { AnyField, ReportTemplate } from '~/schemas/report-template';
import { CHECK_STEP, readReportAddress, reportSearch } from './address';

export { CHECK_STEP };

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
const HEADER_STEP = 'dau-bao-cao';
/** Heading of the check-answers page. */
const CHECK_TITLE = 'Kiểm tra lại trước khi tải về';

export function buildSteps(template: ReportTemplate): Step[] {
  return [
    { id: HEADER_STEP, title: 'Thông tin ở đầu giấy tờ', fields: template.header },
    ...template.parts.flatMap((p) =>
      p.sections.map((s) => ({ id: s.id, title: s.title, intro: s.intro, fields: s.fields })),
    ),
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
  const { step, fromCheck } = readReportAddress(search);
  if (step === CHECK_STEP) return { index: steps.length, fromCheck: false };
  return {
    index: Math.max(
      steps.findIndex((s) => s.id === step),
      0,
    ),
    fromCheck,
  };
}

/** `nhap` value asking for a new draft of the template (the start page's "Soạn bản nháp mới"). */
export const NEW_DRAFT = 'moi';

/** The id of a question's "Sửa" link on the check page: "Lưu và quay lại" brings the member back to it. */
export const editLinkId = (fieldId: string): string => `rf-sua-${fieldId}`;

/** The address of a place, keeping the template choice and which of the device's drafts is open. */
export function searchForPlace(templateId: string, place: Place, steps: readonly Step[], draftId?: string): string {
  const step = place.index >= steps.length ? CHECK_STEP : place.index > 0 ? (steps[place.index]?.id ?? null) : null;
  return reportSearch({ templateId, draftId: draftId || null, step, fromCheck: place.fromCheck });
}

/** A step's heading, in two parts: "Bước 3/9" and "Trung thành với Đảng". */
export interface StepLabel {
  number: string;
  title: string;
}

/** The step's number and title, shown in its heading. */
export function stepLabelParts(place: Place, steps: readonly Step[]): StepLabel {
  const total = steps.length + 1;
  const title = place.index >= steps.length ? CHECK_TITLE : (steps[place.index]?.title ?? '');
  return { number: `Bước ${place.index + 1}/${total}`, title };
}

/** "Bước 3/9: Trung thành với Đảng", said in the page title. */
export function stepLabel(place: Place, steps: readonly Step[]): string {
  const { number, title } = stepLabelParts(place, steps);
  return `${number}: ${title}`;
}
