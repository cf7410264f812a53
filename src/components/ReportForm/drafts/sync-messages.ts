/**
 * What the member reads after the first save and when another tab changes the draft. Kept apart from
 * storage.ts (which the start page loads) so these words load only when they are shown.
 */

/** Said once the browser answered `navigator.storage.persist()`, and on browsers that delete idle sites' data. */
export const persistenceMessages = {
  granted: 'Trình duyệt đã nhận giữ bản nháp lâu dài.',
  refused: 'Trình duyệt chưa nhận giữ lâu dài: nên tải bản nháp về máy (ở cuối trang).',
} as const;

/** Another tab changed or deleted the same draft, and this tab took it in. */
export function otherTabMessage(kind: 'updated' | 'deleted', time: string): string {
  return kind === 'updated'
    ? `Bản nháp vừa được sửa ở một thẻ (cửa sổ) khác; trang này đã lấy những chỗ sửa đó lúc ${time}.`
    : 'Bản nháp vừa bị xóa ở một thẻ (cửa sổ) khác. Chữ vẫn còn trên trang này; nếu đồng chí gõ tiếp, bản nháp sẽ được lưu lại.';
}

/** Said on Safari and iPhones beside the draft export. */
export const idleDeletionMessage =
  'Trên iPhone, iPad và trình duyệt Safari của máy Mac, trình duyệt xóa những gì trang lưu trên máy khi đồng chí không mở trang này trong 7 ngày. Hãy bấm “Tải bản nháp về máy (.json)” để giữ một bản.';
