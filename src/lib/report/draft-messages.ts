import type { DraftProblem } from './draft';

/**
 * What the member reads when a file cannot be opened as a draft. Kept apart from draft.ts so the
 * words load only with the file opener, not with the page.
 */
export function draftProblemMessage(problem: DraftProblem, templateId = ''): string {
  switch (problem) {
    case 'corrupt':
      return 'Không đọc được tệp này: tệp bị hỏng hoặc không phải tệp bản nháp (.json) tải từ trang này. Những gì đồng chí đang soạn vẫn giữ nguyên.';
    case 'foreign':
      return 'Tệp này không phải bản nháp báo cáo tải từ trang này, nên không mở được. Những gì đồng chí đang soạn vẫn giữ nguyên.';
    case 'tooBig':
      return 'Tệp quá lớn để là một bản nháp báo cáo. Hãy chọn đúng tệp bản nháp (.json) đồng chí đã tải về.';
    case 'newer':
      return 'Bản nháp này được lưu bằng phiên bản mới hơn của trang. Hãy tải lại trang (để có phiên bản mới) rồi mở lại tệp.';
    case 'roster':
      return 'Đây là tệp danh sách chi bộ (của bí thư chi bộ), không phải bản nháp báo cáo, nên không mở được ở đây. Hãy mở nó ở trang “Sổ theo dõi sinh hoạt chi bộ” (địa chỉ /chi-bo/). Những gì đồng chí đang soạn vẫn giữ nguyên.';
    case 'unknownTemplate':
      return `Bản nháp này dùng mẫu “${templateId}”, mẫu đó không còn trên trang. Hãy mở tệp bằng chương trình soạn thảo văn bản để chép lại nội dung.`;
  }
}
