import { parseDraft, type Draft } from './draft';
import { keepCopyAction } from './draft-actions';

/**
 * localStorage, wrapped so that a disabled or full store never throws into the form.
 * The answers stay in memory either way; the form tells the member and offers a copy to keep.
 */

const KEY_PREFIX = 'giu-tron-loi-the:ban-nhap:';

export type SaveOutcome = 'saved' | 'full' | 'unavailable';

/** Why a save failed, in the member's words, naming the control that keeps a copy where the page is open. */
export function storageMessage(problem: Exclude<SaveOutcome, 'saved'>, files: boolean): string {
  const keep = `hãy bấm “${keepCopyAction(files)}” (ở cuối trang) để giữ lại`;
  return problem === 'full'
    ? `Máy đã đầy bộ nhớ nên chưa lưu được bản nháp. Những gì đồng chí đã gõ vẫn còn trên trang; ${keep}.`
    : `Trình duyệt này không cho trang lưu bản nháp (có thể do chế độ ẩn danh hoặc cài đặt chặn lưu). Những gì đồng chí đã gõ vẫn còn trên trang cho đến khi đồng chí đóng trang; ${keep}.`;
}

/** The store, or null when the browser refuses access (reading `localStorage` itself can throw). */
function store(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

function isQuotaError(error: unknown): boolean {
  return error instanceof DOMException && (error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED');
}

/** Save one template's draft. */
export function saveDraft(draft: Draft): SaveOutcome {
  const s = store();
  if (!s) return 'unavailable';
  try {
    s.setItem(KEY_PREFIX + draft.templateId, JSON.stringify(draft));
    return 'saved';
  } catch (error) {
    return isQuotaError(error) ? 'full' : 'unavailable';
  }
}

/** The stored draft for a template, or null when there is none or it cannot be read. */
export function loadDraft(templateId: string, knownTemplateIds: readonly string[]): Draft | null {
  try {
    const raw = store()?.getItem(KEY_PREFIX + templateId);
    if (!raw) return null;
    const parsed = parseDraft(raw, knownTemplateIds);
    return parsed.ok && parsed.draft.templateId === templateId ? parsed.draft : null;
  } catch {
    return null;
  }
}

/** Remove a template's draft from this device. Returns false when the store refused. */
export function removeDraft(templateId: string): boolean {
  try {
    store()?.removeItem(KEY_PREFIX + templateId);
    return true;
  } catch {
    return false;
  }
}

/** The storage key of a template's draft; other tabs' `storage` events name it. */
export function draftKey(templateId: string): string {
  return KEY_PREFIX + templateId;
}

/**
 * Ask the browser to keep this site's data under storage pressure (`navigator.storage.persist()`).
 * Resolves with the browser's answer, or null when it has no such API.
 */
export async function requestPersistence(): Promise<boolean | null> {
  const storage = globalThis.navigator?.storage;
  if (!storage?.persist) return null;
  try {
    if (storage.persisted && (await storage.persisted())) return true;
    return await storage.persist();
  } catch {
    return false;
  }
}

/** Templates that have a draft on this device, with the time it was saved. */
export function listDrafts(knownTemplateIds: readonly string[]): Map<string, string> {
  const found = new Map<string, string>();
  for (const id of knownTemplateIds) {
    const draft = loadDraft(id, knownTemplateIds);
    if (draft) found.set(id, draft.savedAt);
  }
  return found;
}
