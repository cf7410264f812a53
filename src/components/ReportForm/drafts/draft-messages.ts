import type { DraftProblem } from '~/lib/report/draft';
import { draftActions } from '~/lib/report/draft-actions';

/**
 * What the member reads when a file, or a pasted text, cannot be opened as a draft. Kept apart from
 * draft.ts so the words load only with the opener, not with the page.
 */
export function draftProblemMessage(problem: DraftProblem, templateId = '', from: 'file' | 'text' = 'file'): string {
  const kept = 'Những gì đồng chí đang soạn vẫn giữ nguyên.';
  if (from === 'text') {
    switch (problem) {
      case 'corrupt':
        return `Đoạn chữ vừa dán bị thiếu hoặc hỏng, nên không mở được. Hãy chép lại cả đoạn ở trình duyệt cũ rồi dán lại. ${kept}`;
      case 'foreign':
        return `Đoạn chữ vừa dán không phải bản nháp chép từ trang này. Ở trình duyệt cũ, bấm “${draftActions.copyText}”, rồi dán cả đoạn vào đây. ${kept}`;
      case 'tooBig':
        return `Đoạn chữ quá dài để là một bản nháp báo cáo. ${kept}`;
      case 'newer':
        return 'Bản nháp này được chép từ phiên bản mới hơn của trang. Hãy tải lại trang (để có phiên bản mới) rồi dán lại.';
      case 'roster':
        return `Đoạn chữ vừa dán là danh sách chi bộ (của bí thư chi bộ), không phải bản nháp báo cáo. Hãy dán nó ở trang “Sổ theo dõi sinh hoạt chi bộ” (địa chỉ /chi-bo/). ${kept}`;
      case 'unknownTemplate':
        return `Bản nháp này dùng mẫu “${templateId}”, mẫu đó không còn trên trang. ${kept}`;
    }
  }
  switch (problem) {
    case 'corrupt':
      return `Không đọc được tệp này: tệp bị hỏng hoặc không phải bản nháp lưu từ trang này. ${kept}`;
    case 'foreign':
      return `Tệp này không phải bản nháp báo cáo lưu từ trang này, nên không mở được. ${kept}`;
    case 'tooBig':
      return 'Tệp quá lớn để là một bản nháp báo cáo. Hãy chọn đúng tệp bản nháp đồng chí đã lưu ra máy từ trang này.';
    case 'newer':
      return 'Bản nháp này được lưu bằng phiên bản mới hơn của trang. Hãy tải lại trang (để có phiên bản mới) rồi mở lại tệp.';
    case 'roster':
      return `Đây là tệp danh sách chi bộ (của bí thư chi bộ), không phải bản nháp báo cáo, nên không mở được ở đây. Hãy mở nó ở trang “Sổ theo dõi sinh hoạt chi bộ” (địa chỉ /chi-bo/). ${kept}`;
    case 'unknownTemplate':
      return `Bản nháp này dùng mẫu “${templateId}”, mẫu đó không còn trên trang. Hãy mở tệp bằng chương trình soạn thảo văn bản để chép lại nội dung.`;
  }
}
