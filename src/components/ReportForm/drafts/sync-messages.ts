import { keepCopyAction } from '~/lib/report/draft-actions';

/**
 * What the member reads after the first save (beside the draft's controls) and when another window changes
 * the draft. Kept apart from storage.ts (which the start page loads) so these words load only when they are
 * shown.
 */

/** Said once the browser answered `navigator.storage.persist()`; `files` is false inside an app's browser. */
export function persistenceMessage(granted: boolean, files: boolean): string {
  return granted
    ? 'Bản nháp được lưu trên máy này; trình duyệt sẽ không tự xóa nó khi máy thiếu bộ nhớ.'
    : `Bản nháp được lưu trên máy này, nhưng khi máy thiếu bộ nhớ trình duyệt có thể xóa nó. Để phòng mất, bấm “${keepCopyAction(files)}” ngay dưới đây.`;
}

/** Another window of the page changed or deleted the same draft, and this one took it in. */
export function otherTabMessage(kind: 'updated' | 'deleted', time: string): string {
  return kind === 'updated'
    ? `Bản nháp vừa được sửa ở một cửa sổ khác của trang; trang này đã lấy những chỗ sửa đó lúc ${time}.`
    : 'Bản nháp vừa bị xóa ở một cửa sổ khác của trang. Chữ vẫn còn trên trang này; nếu đồng chí gõ tiếp, bản nháp sẽ được lưu lại.';
}

/** Said on Safari and iPhones beside the draft's controls. */
export function idleDeletionMessage(files: boolean): string {
  return `Trên iPhone, iPad và trình duyệt Safari của máy Mac, trình duyệt xóa những gì trang lưu trên máy khi đồng chí không mở trang này trong 7 ngày. Hãy bấm “${keepCopyAction(files)}” để giữ một bản.`;
}
