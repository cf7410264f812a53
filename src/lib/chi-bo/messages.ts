/**
 * The Vietnamese words of the secretary's workspace: every problem and warning the domain modules report.
 * Kept in one place so the wording is reviewed once and the modules stay free of prose.
 */

const list = (names: readonly string[], max = 10): string => {
  const shown = names.slice(0, max).join(', ');
  return names.length > max ? `${shown} và ${names.length - max} tên khác` : shown;
};

export const pasteMessages = {
  noNames: 'Chưa thấy tên nào trong ô. Hãy dán hoặc gõ mỗi dòng một họ tên.',
  overLimit: (max: number) =>
    `Mỗi lần chỉ thêm được ${max.toLocaleString('vi-VN')} tên. Các tên còn lại vẫn nằm trong ô: bấm “Thêm vào danh sách” thêm lần nữa để thêm tiếp.`,
  rosterFull: (max: number, existing: number) =>
    `Danh sách đã có ${existing.toLocaleString('vi-VN')} đồng chí, gần mức tối đa ${max.toLocaleString('vi-VN')} của công cụ. Các tên chưa thêm vẫn nằm trong ô.`,
  duplicates: (names: readonly string[]) =>
    `Có tên trùng nhau: ${list(names)}. Công cụ vẫn giữ đủ từng người; nếu là một người ghi hai lần, hãy xóa bớt một dòng.`,
  cut: (count: number, max: number) =>
    `${count} tên dài quá ${max} ký tự nên đã được cắt bớt. Hãy xem lại các tên đó trong danh sách.`,
  emoji: (count: number) =>
    `Đã bỏ biểu tượng cảm xúc (emoji) ở ${count} dòng: họ tên in trên giấy tờ của chi bộ chỉ giữ chữ.`,
} as const;

export const splitMessages = {
  noSittings: 'Chưa có buổi sinh hoạt nào. Hãy thêm ít nhất một buổi rồi chia lại.',
  overLength: (sittingLabel: string, minutes: number, limit: number) =>
    `${sittingLabel} cần khoảng ${minutes} phút cho các báo cáo và ý kiến, quá ${limit} phút đã đặt. Hãy thêm một buổi, hoặc đặt lại thời gian cho mỗi báo cáo.`,
  requestedMissing: (name: string) =>
    `Đồng chí ${name} đã xin một buổi không còn trong kế hoạch, nên được xếp lại như các đồng chí khác.`,
  requestedNotTakingTurn: (name: string) =>
    `Đồng chí ${name} đã xin một buổi nhưng không trình bày tại buổi nào (được miễn sinh hoạt, sinh hoạt nơi khác hoặc gửi báo cáo không đọc).`,
  notEnoughRoom: (count: number) =>
    `Các buổi đã đặt không đủ thời gian cho cả ${count} lượt báo cáo, nên có buổi vượt thời gian. Hãy thêm buổi sinh hoạt.`,
} as const;

export const countMessages = {
  notRecorded: (names: readonly string[]) =>
    `Chưa ghi có mặt hay vắng cho ${names.length} đồng chí: ${list(names)}. Họ chưa được tính vào số dự hay số vắng.`,
  reasonMissing: (names: readonly string[]) => `Vắng có lý do nhưng chưa ghi lý do: ${list(names)}.`,
} as const;

/** Why a file cannot be opened as a roster (see file.ts). */
export type RosterFileProblem = 'corrupt' | 'foreign' | 'newer' | 'tooBig' | 'memberDraft';

export function rosterFileProblemMessage(problem: RosterFileProblem): string {
  switch (problem) {
    case 'corrupt':
      return 'Không đọc được tệp này: tệp bị hỏng hoặc không phải tệp danh sách chi bộ (.json) lưu từ trang này. Dữ liệu chi bộ đang có trên máy vẫn giữ nguyên.';
    case 'foreign':
      return 'Tệp này không phải tệp danh sách chi bộ lưu từ trang này, nên không mở được. Dữ liệu chi bộ đang có trên máy vẫn giữ nguyên.';
    case 'newer':
      return 'Tệp danh sách này được lưu bằng phiên bản mới hơn của trang. Hãy tải lại trang (để có phiên bản mới) rồi mở lại tệp.';
    case 'tooBig':
      return 'Tệp quá lớn để là một tệp danh sách chi bộ. Hãy chọn đúng tệp (.json) đã lưu từ trang này.';
    case 'memberDraft':
      return 'Đây là bản nháp báo cáo của một đảng viên, không phải tệp danh sách chi bộ. Để ghi nhận đảng viên đã nộp báo cáo, hãy mở tệp này ở mục “Đánh dấu đã nộp từ tệp bản nháp”.';
  }
}

/** What opening a member's draft file to mark them as handed in can say (see hand-in.ts). */
export const handInMessages = {
  marked: (name: string, kept: boolean) =>
    kept
      ? `Đã ghi nhận đồng chí ${name} nộp báo cáo bằng tệp, và giữ nội dung bản nháp trên máy này theo yêu cầu.`
      : `Đã ghi nhận đồng chí ${name} nộp báo cáo bằng tệp. Nội dung bản nháp không được lưu lại.`,
  noName:
    'Bản nháp này chưa ghi họ và tên người báo cáo, nên chưa biết của đồng chí nào. Hãy đánh dấu tay trong danh sách.',
  notOnRoster: (name: string) =>
    `Không có đồng chí ${name} trong danh sách chi bộ. Hãy kiểm tra cách viết tên, hoặc thêm đồng chí vào danh sách rồi mở lại tệp.`,
  severalOnRoster: (name: string) =>
    `Danh sách có nhiều đồng chí tên ${name}, nên chưa biết bản nháp của ai. Hãy đánh dấu tay trong danh sách.`,
  roster:
    'Đây là tệp danh sách chi bộ, không phải bản nháp báo cáo của đảng viên. Hãy mở nó ở mục “Lưu và mở tệp danh sách”.',
} as const;

export const workspaceStorageMessages = {
  full: 'Bộ nhớ của trình duyệt trên máy này đã đầy nên chưa lưu được dữ liệu chi bộ. Những gì đồng chí đã nhập vẫn còn trên trang; hãy bấm “Lưu tệp danh sách về máy” để giữ lại.',
  unavailable:
    'Trình duyệt này không cho trang lưu dữ liệu (có thể do chế độ ẩn danh hoặc cài đặt chặn lưu trữ). Những gì đồng chí đã nhập vẫn còn trên trang cho đến khi đóng trang; hãy bấm “Lưu tệp danh sách về máy” để giữ lại.',
} as const;
