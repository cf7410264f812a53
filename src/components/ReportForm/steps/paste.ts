/**
 * A gentle word when a member pastes a long passage into an answer. The province's campaign asked each
 * member to review themselves and not copy one another (the head of the provincial Ban Tuyên giáo, in the
 * article of 07/3/2023: "tránh việc sao chép lẫn nhau"). The note never blocks and never deletes.
 */

/** A paste this long (in characters, after normalising) is a passage, not a word or a name. */
const LONG_PASTE_CHARS = 300;

export const isLongPaste = (pasted: string): boolean => pasted.normalize('NFC').trim().length >= LONG_PASTE_CHARS;

export const LONG_PASTE_NOTE =
  'Đồng chí vừa dán một đoạn dài. Khi chỉ đạo đợt sinh hoạt, Trưởng Ban Tuyên giáo Tỉnh ủy nhắc mỗi đảng viên tự mình rà soát, “tránh việc sao chép lẫn nhau”. ' +
  'Nếu đoạn này là của người khác, hãy viết lại bằng lời và việc của chính mình. Đoạn đã dán vẫn được giữ nguyên.';
