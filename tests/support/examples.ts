/**
 * The one set of example answers for the report form, shared by the unit tests, the end-to-end tests, the
 * document check (scripts/check-documents.mjs) and the benchmarks (GOV.UK's `options/examples.mjs` habit: one
 * named list of examples behind every kind of test). Each example is an answer function `(id, type)`, the
 * shape the browser helpers fill fields with; `answersFor()` turns one into the answers of a whole template
 * for the code that takes answers by id. Only erasable TypeScript, so Node runs it as it is.
 */

/** How a field is typed in: one line, free text, or a calendar date (the template's field `type`). */
export type FieldType = 'text' | 'textarea' | 'date' | string;
export type AnswerFor = (id: string, type: FieldType) => string;

/** The date every example writes: 5 March 2023, printed as "ngày 05 tháng 3 năm 2023". */
const EXAMPLE_DATE = '2023-03-05';

/** A member of a rural chi bộ, with the names the header and the signatures need. */
const exampleNames: Readonly<Record<string, string>> = {
  dangBo: 'Đảng bộ xã Hòa Thắng',
  chiBo: 'Chi bộ thôn Hồng Lâm',
  hoTen: 'Nguyễn Văn An',
  chucVu: 'Công nhân, tổ sản xuất số 2',
  diaDanh: 'Hòa Thắng',
  chuTriTen: 'Trần Văn Hùng',
  chuTriChucVu: 'Bí thư chi bộ',
  thuKyTen: 'Lê Thị Mai',
  nguoiKyTen: 'Trần Văn Hùng',
  nguoiKyChucVu: 'Bí thư',
  ketThuc: '11 giờ 00 cùng ngày',
  yKienBienBan: 'nhất trí với nội dung biên bản',
};

/**
 * Text that breaks a naive .docx or HTML writer: markup, a CDATA end, XML's five special characters, curly
 * quotes, an emoji, a character outside the Basic Multilingual Plane, direction marks and a line break.
 */
export const TRICKY_TEXT = 'Có <script>alert("x")</script> ]]> & “ngoặc” \'đơn\' 😀 𠀀 ‏RTL‎ và\ndòng mới';

/** A full answer: a plausible few sentences with a line break, so the pages fill as a member's would. */
export const complete: AnswerFor = (id, type) => {
  if (type === 'date') return EXAMPLE_DATE;
  if (exampleNames[id]) return exampleNames[id];
  if (type === 'text') return `Nội dung cho mục ${id}`;
  return (
    `Về mục này, tôi kể lại những việc cụ thể đã làm trong thời gian qua ở nơi làm việc và nơi ở, ` +
    `những điều còn chưa làm được và lý do, để chi bộ góp ý thêm cho tôi.\n` +
    `Tôi sẽ tiếp tục cố gắng, sắp xếp thời gian hợp lý và báo cáo lại với chi bộ kết quả cụ thể.`
  );
};

/** A short answer naming its field, so a test can find each answer in the output. */
export const short: AnswerFor = (id, type) =>
  type === 'date' ? EXAMPLE_DATE : (exampleNames[id] ?? `Câu trả lời cho ${id}: đảng viên giữ trọn lời thề`);

/** Short answers, with `TRICKY_TEXT` in the field `trickyField` (a long free-text question by default). */
export const tricky =
  (trickyField = 'hanhTrinh'): AnswerFor =>
  (id, type) =>
    id === trickyField ? TRICKY_TEXT : short(id, type);

/** The fields of a template, as far as the examples need them (structurally a ReportTemplate). */
interface TemplateFields {
  header: readonly { id: string; type: string; required?: boolean }[];
  parts: readonly { sections: readonly { fields: readonly { id: string; type: string; required?: boolean }[] }[] }[];
}

/**
 * The answers of a whole template, by field id. `requiredOnly` leaves the optional questions empty: the
 * smallest report the form accepts.
 */
export function answersFor(
  template: TemplateFields,
  answer: AnswerFor = complete,
  { requiredOnly = false }: { requiredOnly?: boolean } = {},
): Record<string, string> {
  const fields = [...template.header, ...template.parts.flatMap((p) => p.sections.flatMap((s) => s.fields))];
  return Object.fromEntries(fields.map((f) => [f.id, requiredOnly && !f.required ? '' : answer(f.id, f.type)]));
}
