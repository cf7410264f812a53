/**
 * What the member reads when a part of the form that loads on demand could not be downloaded (a weak
 * line, or the site was updated meanwhile). Nothing typed is lost in these states, and each says how to
 * try again. Short: these words are in the form's first load.
 */

/** In place of a part of the page whose code did not download; a "Thử lại" button follows. */
export const partFailedMessage = 'Chưa tải được phần này của trang (mạng yếu?). Những gì đồng chí đã gõ vẫn còn. Bấm “Thử lại”.';

/** Beside the step's button, when its check of the answers could not be downloaded. */
export function checkFailedMessage(button: string): string {
  return `Chưa tải được phần kiểm tra câu trả lời (mạng yếu?). Những gì đồng chí đã gõ vẫn còn. Bấm “${button}” lần nữa để thử lại.`;
}
