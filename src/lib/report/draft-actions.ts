/**
 * The names of the draft's controls, as members read them on the buttons and in every message that
 * points to one. A message names a control only if it is on the screen where the page is open: inside
 * an app's built-in browser files are dropped, so there the copy stands in for the file.
 */
export const draftActions = {
  saveFile: 'Lưu một bản ra máy để phòng mất',
  openFile: 'Mở bản nháp từ tệp',
  copyText: 'Chép bản nháp để mang sang trình duyệt khác',
  pasteText: 'Dán bản nháp',
  remove: 'Xóa bản nháp này',
  removeAll: 'Xóa mọi bản nháp trên máy này',
  newDraft: 'Soạn bản nháp mới',
} as const;

/** The control that keeps a copy of the draft off the page: the file, or where files are dropped, the text. */
export const keepCopyAction = (files: boolean): string => (files ? draftActions.saveFile : draftActions.copyText);
