/**
 * Said on the check-answers page (kept apart from load-messages.ts, which is in the form's first load, so
 * the check page's chunk shares no module with it).
 */

/** When the check of every answer could not be downloaded (the page was opened directly); "Thử lại" follows. */
export const finalCheckFailedMessage =
  'Chưa tải được phần kiểm tra câu trả lời (mạng yếu?), nên chưa kiểm tra được các câu trả lời. Những gì đồng chí đã gõ vẫn còn. Bấm “Thử lại”.';
