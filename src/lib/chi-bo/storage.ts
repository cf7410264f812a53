import { parseWorkspaceFile } from './file';
import type { RosterFileProblem } from './messages';
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
  return (
    error instanceof DOMException &&
    (error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED')
  );
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

export type StoredWorkspace =
  | { state: 'ok'; workspace: Workspace }
  | { state: 'none' }
  /** The store refuses to be read (disabled, private mode). */
  | { state: 'unavailable' }
  /** Something is stored that this version cannot read (saved by a newer version of the page, or damaged): never overwrite it unasked. */
  | { state: 'unreadable'; problem: RosterFileProblem };

/** What this device holds, told apart, so a page can refuse to save over a workspace it could not read. */
export function readStoredWorkspace(): StoredWorkspace {
  let raw: string | null | undefined;
  try {
    const s = store();
    if (!s) return { state: 'unavailable' };
    raw = s.getItem(WORKSPACE_KEY);
  } catch {
    return { state: 'unavailable' };
  }
  if (!raw) return { state: 'none' };
  const parsed = parseWorkspaceFile(raw);
  return parsed.ok ? { state: 'ok', workspace: parsed.workspace } : { state: 'unreadable', problem: parsed.problem };
}

/** The stored workspace, or null when there is none, the store refuses, or what is stored cannot be read. */
export function loadWorkspace(): Workspace | null {
  const stored = readStoredWorkspace();
  return stored.state === 'ok' ? stored.workspace : null;
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
