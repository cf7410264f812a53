import { useCallback, useEffect, useRef, useState } from 'react';
import { parseWorkspaceFile } from '~/lib/chi-bo/file';
import { loadWorkspace, saveWorkspace, WORKSPACE_KEY } from '~/lib/chi-bo/storage';
import type { Workspace } from '~/lib/chi-bo/types';
import { requestPersistence } from '~/lib/report/storage';

/** Wait this long after the last change before writing to storage. */
const DEBOUNCE_MS = 500;

export interface WorkspaceSyncState {
  savedAt: Date | null;
  problem: 'full' | 'unavailable' | null;
  /** The browser's answer to `navigator.storage.persist()`; undefined before the first save, null without the API. */
  persisted: boolean | null | undefined;
  /** Another tab saved while this one has changes of its own: saving waits for the secretary's choice. */
  conflict: { remote: Workspace } | null;
  /** What another tab did, once this tab took it in. */
  otherTab: { kind: 'updated' | 'deleted'; at: Date } | null;
}

/**
 * Keeps the workspace on this device, as the member's draft is kept (ReportForm/useDraftSync.ts): saved shortly
 * after each change and at once when the page is hidden, persistent storage asked at the first save, and never
 * over what another tab saved in the meantime. Another tab's save is taken in when this tab has nothing unsaved;
 * otherwise the secretary chooses which to keep. Nothing is saved before the first change.
 */
export function useWorkspaceSync(workspace: Workspace, replace: (ws: Workspace) => void, paused = false) {
  const [state, setState] = useState<WorkspaceSyncState>({
    savedAt: null,
    problem: null,
    persisted: undefined,
    conflict: null,
    otherTab: null,
  });
  const latest = useRef(workspace);
  latest.current = workspace;
  /** savedAt of what this tab last read or wrote: a stored copy with another savedAt came from elsewhere. */
  const base = useRef<string | null>(loadWorkspace() ? workspace.savedAt : null);
  const dirty = useRef(false);
  const first = useRef(true);
  const asked = useRef(false);
  const conflict = useRef<Workspace | null>(null);
  const replaceRef = useRef(replace);
  replaceRef.current = replace;

  const pausedRef = useRef(paused);
  pausedRef.current = paused;

  const flush = useCallback(() => {
    if (!dirty.current || conflict.current || pausedRef.current) return;
    const stored = loadWorkspace();
    if (stored && base.current !== null && stored.savedAt !== base.current) {
      conflict.current = stored;
      setState((s) => ({ ...s, conflict: { remote: stored } }));
      return;
    }
    const next = { ...latest.current, savedAt: new Date().toISOString() };
    const outcome = saveWorkspace(next);
    if (outcome !== 'saved') {
      setState((s) => ({ ...s, problem: outcome }));
      return;
    }
    dirty.current = false;
    base.current = next.savedAt;
    latest.current = next;
    setState((s) => ({ ...s, savedAt: new Date(next.savedAt), problem: null }));
    if (!asked.current) {
      asked.current = true;
      void requestPersistence().then((persisted) => setState((s) => ({ ...s, persisted })));
    }
  }, []);

  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    dirty.current = true;
    const timer = setTimeout(flush, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [workspace, flush]);

  // Saving was held (unreadable data on the device) and the secretary let it go: save what is on the page now.
  useEffect(() => {
    if (!paused && dirty.current) flush();
  }, [paused, flush]);

  useEffect(() => {
    const onHide = () => flush();
    const onVisibility = () => document.visibilityState === 'hidden' && flush();
    window.addEventListener('pagehide', onHide);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', onHide);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [flush]);

  useEffect(() => {
    const onStorage = (e: StorageEvent) => {
      if (e.key !== WORKSPACE_KEY) return;
      if (e.newValue === null) {
        // Deleted in another tab: the list stays on this page, and is saved again at the next change.
        base.current = null;
        setState((s) => ({ ...s, savedAt: null, otherTab: { kind: 'deleted', at: new Date() } }));
        return;
      }
      const parsed = parseWorkspaceFile(e.newValue);
      if (!parsed.ok || parsed.workspace.savedAt === base.current) return;
      if (dirty.current) {
        conflict.current = parsed.workspace;
        setState((s) => ({ ...s, conflict: { remote: parsed.workspace } }));
        return;
      }
      base.current = parsed.workspace.savedAt;
      first.current = true;
      replaceRef.current(parsed.workspace);
      setState((s) => ({ ...s, otherTab: { kind: 'updated', at: new Date() } }));
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, []);

  /** Both tabs changed the workspace: keep this tab's, or take the other's. */
  const resolve = useCallback(
    (choice: 'mine' | 'theirs') => {
      const remote = conflict.current;
      if (!remote) return;
      conflict.current = null;
      base.current = remote.savedAt;
      setState((s) => ({ ...s, conflict: null }));
      if (choice === 'theirs') {
        dirty.current = false;
        first.current = true;
        replaceRef.current(remote);
      } else {
        dirty.current = true;
        flush();
      }
    },
    [flush],
  );

  /** After "Xóa dữ liệu chi bộ trên máy này": nothing stored, nothing to compare with. */
  const forget = useCallback(() => {
    base.current = null;
    dirty.current = false;
    conflict.current = null;
    first.current = true;
    setState((s) => ({ ...s, savedAt: null, conflict: null, otherTab: null, problem: null }));
  }, []);

  return { state, flush, resolve, forget };
}
