import { useEffect, useRef, useState } from 'react';
import type { ReportTemplate } from '~/schemas/report-template';
import { isEmptyDraft, makeDraft, type OrphanAnswer } from '~/lib/report/draft';
import { saveDraft, type SaveOutcome } from '~/lib/report/storage';

/** Wait this long after the last keystroke before writing to storage. */
const DEBOUNCE_MS = 700;

export interface AutosaveState {
  /** Time of the last successful save, or null. */
  savedAt: Date | null;
  /** Why the last save failed, or null when it worked. */
  problem: Exclude<SaveOutcome, 'saved'> | null;
}

/**
 * Saves the answers on this device shortly after each change, and at once when the page is hidden.
 * Nothing is saved until the member has typed something, so opening a template leaves no trace.
 */
export function useAutosave(template: ReportTemplate, values: Record<string, string>, orphans: OrphanAnswer[], paused: boolean): AutosaveState {
  const [state, setState] = useState<AutosaveState>({ savedAt: null, problem: null });
  const latest = useRef({ values, orphans });
  latest.current = { values, orphans };
  const dirty = useRef(false);
  const first = useRef(true);

  useEffect(() => {
    const flush = () => {
      if (!dirty.current || paused) return;
      dirty.current = false;
      const { values: v, orphans: o } = latest.current;
      if (isEmptyDraft(v, o)) return;
      const outcome = saveDraft(makeDraft(template, v, o));
      setState(outcome === 'saved' ? { savedAt: new Date(), problem: null } : (s) => ({ savedAt: s.savedAt, problem: outcome }));
    };
    if (first.current) first.current = false;
    else dirty.current = true;
    const timer = setTimeout(flush, DEBOUNCE_MS);
    window.addEventListener('pagehide', flush);
    return () => {
      clearTimeout(timer);
      window.removeEventListener('pagehide', flush);
    };
  }, [template, values, orphans, paused]);

  return state;
}
