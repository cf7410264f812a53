import { parseWorkspaceFile } from './file';
import type { Workspace } from './types';

/**
 * The workspace in localStorage, with the member draft's guarantees (report/storage.ts): a disabled or
 * full store never throws; the outcome says what happened and the workspace stays in memory either way.
 */

/** One workspace per device; other tabs' `storage` events name this key. */
export const WORKSPACE_KEY = 'giu-tron-loi-the:chi-bo';

export type WorkspaceSaveOutcome = 'saved' | 'full' | 'unavailable';

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

export function saveWorkspace(workspace: Workspace): WorkspaceSaveOutcome {
  const s = store();
  if (!s) return 'unavailable';
  try {
    s.setItem(WORKSPACE_KEY, JSON.stringify(workspace));
    return 'saved';
  } catch (error) {
    return isQuotaError(error) ? 'full' : 'unavailable';
  }
}

/** The stored workspace, or null when there is none, the store refuses, or what is stored cannot be read. */
export function loadWorkspace(): Workspace | null {
  try {
    const raw = store()?.getItem(WORKSPACE_KEY);
    if (!raw) return null;
    const parsed = parseWorkspaceFile(raw);
    return parsed.ok ? parsed.workspace : null;
  } catch {
    return null;
  }
}

/** "Xóa dữ liệu chi bộ trên máy này". Returns false when the store refused. */
export function removeWorkspace(): boolean {
  try {
    store()?.removeItem(WORKSPACE_KEY);
    return true;
  } catch {
    return false;
  }
}
