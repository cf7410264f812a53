import { parseDraft, type Draft } from './draft';
import { keepCopyAction } from './draft-actions';
import { MAX_DRAFT_NAME } from './draft-name';

/**
 * localStorage, wrapped so that a disabled or full store never throws into the form.
 * The answers stay in memory either way; the form tells the member and offers a copy to keep.
 *
 * A device keeps several drafts, of one template or many (a secretary typing for several elderly members,
 * a member helped on a child's phone): each is stored under `…:ban-nhap:<template>:<draft id>`, with the
 * name the member gave it, if any. Before there were several, one draft per template was stored under
 * `…:ban-nhap:<template>`: that key stays the key of one draft (id `LEGACY_DRAFT_ID`), so a draft stored
 * then is listed, opened, renamed and deleted like any other, and nothing is moved (nothing can be lost).
 */

const KEY_PREFIX = 'giu-tron-loi-the:ban-nhap:';

export type SaveOutcome = 'saved' | 'full' | 'unavailable';

/** A draft kept on this device, as the start page lists it. */
export interface StoredDraft {
  templateId: string;
  draftId: string;
  /** The name the member gave it, or undefined (then it is named from its answers). */
  name: string | undefined;
  draft: Draft;
}

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
  return (
    error instanceof DOMException &&
    (error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED')
  );
}

/**
 * A new draft's id: short, and only letters and digits (it goes in the address, `&nhap=…`). The report
 * page also runs it inline (start/first-step.ts writes its source into the page): keep it self-contained.
 */
export function newDraftId(): string {
  const bytes = new Uint8Array(6);
  globalThis.crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => (b % 36).toString(36)).join('');
}

const isDraftId = (id: string) => /^[a-z0-9]{1,32}$/.test(id);

/** The id of the one draft per template stored before a device kept several (new ids are longer). */
export const LEGACY_DRAFT_ID = '0';

/** The storage key of one draft; other tabs' `storage` events name it. */
export function draftKey(templateId: string, draftId: string): string {
  return draftId === LEGACY_DRAFT_ID ? `${KEY_PREFIX}${templateId}` : `${KEY_PREFIX}${templateId}:${draftId}`;
}

/** The stored value read back: the draft, checked like a file, and the name kept beside it. */
function readStored(
  raw: string | null,
  knownTemplateIds: readonly string[],
): { draft: Draft; name: string | undefined } | null {
  if (!raw) return null;
  const parsed = parseDraft(raw, knownTemplateIds);
  if (!parsed.ok) return null;
  let name: unknown;
  try {
    name = (JSON.parse(raw) as { name?: unknown }).name;
  } catch {
    name = undefined;
  }
  return {
    draft: parsed.draft,
    name: typeof name === 'string' && name.trim() ? name.trim().slice(0, MAX_DRAFT_NAME) : undefined,
  };
}

function write(key: string, value: object): SaveOutcome {
  const s = store();
  if (!s) return 'unavailable';
  try {
    s.setItem(key, JSON.stringify(value));
    return 'saved';
  } catch (error) {
    return isQuotaError(error) ? 'full' : 'unavailable';
  }
}

/** Save one draft; the name the member gave it stays, unless `name` gives a new one. */
export function saveDraft(draft: Draft, draftId: string, name?: string): SaveOutcome {
  const key = draftKey(draft.templateId, draftId);
  let kept: string | undefined = name;
  if (kept === undefined) {
    try {
      kept = readStored(store()?.getItem(key) ?? null, [draft.templateId])?.name;
    } catch {
      kept = undefined;
    }
  }
  return write(key, kept ? { ...draft, name: kept } : draft);
}

/** One stored draft, or null when there is none or it cannot be read. */
export function loadDraft(templateId: string, draftId: string, knownTemplateIds: readonly string[]): Draft | null {
  try {
    const found = readStored(store()?.getItem(draftKey(templateId, draftId)) ?? null, knownTemplateIds);
    return found && found.draft.templateId === templateId ? found.draft : null;
  } catch {
    return null;
  }
}

/** The name the member gave a stored draft, or undefined. */
export function storedDraftName(templateId: string, draftId: string): string | undefined {
  try {
    return readStored(store()?.getItem(draftKey(templateId, draftId)) ?? null, [templateId])?.name;
  } catch {
    return undefined;
  }
}

/** Give a stored draft a name of the member's choosing (an empty name goes back to the automatic one). */
export function renameDraft(
  templateId: string,
  draftId: string,
  name: string,
  knownTemplateIds: readonly string[],
): SaveOutcome {
  const draft = loadDraft(templateId, draftId, knownTemplateIds);
  if (!draft) return 'unavailable';
  const clean = name.normalize('NFC').replace(/\s+/g, ' ').trim().slice(0, MAX_DRAFT_NAME);
  return write(draftKey(templateId, draftId), clean ? { ...draft, name: clean } : draft);
}

/** Remove one draft from this device. Returns false when the store refused. */
export function removeDraft(templateId: string, draftId: string): boolean {
  try {
    store()?.removeItem(draftKey(templateId, draftId));
    return true;
  } catch {
    return false;
  }
}

/** Every key of ours in the store (drafts of any template, and the old one-per-template keys). */
function ourKeys(s: Storage): string[] {
  const keys: string[] = [];
  for (let i = 0; i < s.length; i++) {
    const key = s.key(i);
    if (key?.startsWith(KEY_PREFIX)) keys.push(key);
  }
  return keys;
}

/** The drafts on this device, the most recently saved first. */
export function listDrafts(knownTemplateIds: readonly string[]): StoredDraft[] {
  const found: StoredDraft[] = [];
  try {
    const s = store();
    if (!s) return [];
    for (const key of ourKeys(s)) {
      const [templateId, draftId = LEGACY_DRAFT_ID, extra] = key.slice(KEY_PREFIX.length).split(':');
      if (!templateId || extra !== undefined || !isDraftId(draftId)) continue;
      const stored = readStored(s.getItem(key), knownTemplateIds);
      if (stored && stored.draft.templateId === templateId)
        found.push({ templateId, draftId, name: stored.name, draft: stored.draft });
    }
  } catch {
    return found;
  }
  return found.sort((a, b) => b.draft.savedAt.localeCompare(a.draft.savedAt));
}

/** Remove every draft of ours from this device (a shared phone). Returns false when the store refused. */
export function removeAllDrafts(): boolean {
  try {
    const s = store();
    if (!s) return false;
    for (const key of ourKeys(s)) s.removeItem(key);
    return true;
  } catch {
    return false;
  }
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
