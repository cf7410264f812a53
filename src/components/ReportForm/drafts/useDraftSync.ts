import { useCallback, useEffect, useRef, useState } from 'react';
import type { ReportTemplate } from '~/schemas/report-template';
import {
  fitToTemplate,
  isEmptyDraft,
  makeDraft,
  mergeAnswers,
  parseDraft,
  type Answers,
  type Draft,
  type OrphanAnswer,
} from '~/lib/report/draft';
import { draftKey, loadDraft, requestPersistence, saveDraft, type SaveOutcome } from '~/lib/report/storage';

/** Wait this long after the last keystroke before writing to storage. */
const DEBOUNCE_MS = 700;

export interface DraftConflict {
  /** The other tab's draft. */
  remote: Draft;
  /** Its answers fitted to this template. */
  theirs: Answers;
  /** Fields both tabs changed differently. */
  fields: string[];
}

export interface SyncState {
  /** Time of the last successful save, or null. */
  savedAt: Date | null;
  /** Why the last save failed, or null when it worked. */
  problem: Exclude<SaveOutcome, 'saved'> | null;
  /** The browser's answer to `navigator.storage.persist()`: undefined before the first save, null without the API. */
  persisted: boolean | null | undefined;
  /** Another tab saved text that clashes with what was typed here; saving waits for the member's choice. */
  conflict: DraftConflict | null;
  /** What another tab did, once this tab has taken it in. */
  otherTab: { kind: 'updated' | 'deleted'; at: Date } | null;
}

interface Options {
  template: ReportTemplate;
  /** Which of the device's drafts this is (`&nhap=…`). */
  draftId: string;
  values: Answers;
  orphans: OrphanAnswer[];
  /** The draft the form opened with: it is what is stored, so it is the base of the merge. */
  initial: { answers: Answers; savedAt: string | null };
  knownTemplateIds: readonly string[];
  /** Put answers into the form (another tab's changes). */
  apply: (answers: Answers) => void;
}

const same = (a: Answers, b: Answers) => {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const k of keys) if ((a[k] ?? '') !== (b[k] ?? '')) return false;
  return true;
};

/**
 * Keeps the answers on this device: saves shortly after each change and at once when the page is hidden,
 * asks the browser for persistent storage at the first save, and never overwrites what another tab saved
 * in the meantime: changes to different questions are merged, the same question changed in both asks.
 * Nothing is saved until the member has typed something, so opening a template leaves no trace.
 */
export function useDraftSync({ template, draftId, values, orphans, initial, knownTemplateIds, apply }: Options) {
  const [state, setState] = useState<SyncState>({
    savedAt: null,
    problem: null,
    persisted: undefined,
    conflict: null,
    otherTab: null,
  });
  const latest = useRef({ values, orphans });
  latest.current = { values, orphans };
  const base = useRef(initial);
  const conflict = useRef<DraftConflict | null>(null);
  const asked = useRef(false);
  const dirty = useRef(false);
  const first = useRef(true);
  const applyRef = useRef(apply);
  applyRef.current = apply;

  /** Another tab's draft arrived (storage event) or was found before a save. */
  const takeIn = useCallback(
    (remote: Draft) => {
      const theirs = fitToTemplate(template, remote).values;
      const { merged, conflicts } = mergeAnswers(base.current.answers, latest.current.values, theirs);
      if (conflicts.length > 0) {
        conflict.current = { remote, theirs, fields: conflicts };
        setState((s) => ({ ...s, conflict: conflict.current }));
        return;
      }
      base.current = { answers: theirs, savedAt: remote.savedAt };
      if (!same(merged, latest.current.values)) applyRef.current(merged);
      setState((s) => ({ ...s, otherTab: { kind: 'updated', at: new Date() } }));
    },
    [template],
  );

  const flush = useCallback(() => {
    dirty.current = false;
    if (conflict.current) return;
    const { values: v, orphans: o } = latest.current;
    if (base.current.savedAt === null && isEmptyDraft(v, o)) return;
    if (same(v, base.current.answers) && o.length === 0 && base.current.savedAt !== null) return;
    const stored = loadDraft(template.id, draftId, knownTemplateIds);
    if (stored && stored.savedAt !== base.current.savedAt) {
      takeIn(stored);
      if (conflict.current) return;
    }
    const draft = makeDraft(template, latest.current.values, latest.current.orphans);
    const outcome = saveDraft(draft, draftId);
    if (outcome !== 'saved') {
      setState((s) => ({ ...s, problem: outcome }));
      return;
    }
    base.current = { answers: { ...draft.answers }, savedAt: draft.savedAt };
    setState((s) => ({ ...s, savedAt: new Date(draft.savedAt), problem: null }));
    if (!asked.current) {
      asked.current = true;
      void requestPersistence().then((persisted) => setState((s) => ({ ...s, persisted })));
    }
  }, [template, draftId, knownTemplateIds, takeIn]);

  // Leaving the form (another draft opened, another template chosen) saves what the debounce still holds.
  const flushOnLeave = useRef(flush);
  useEffect(() => {
    flushOnLeave.current = flush;
  }, [flush]);
  useEffect(
    () => () => {
      if (dirty.current) flushOnLeave.current();
    },
    [],
  );

  useEffect(() => {
    if (first.current) first.current = false;
    else dirty.current = true;
    const timer = setTimeout(() => dirty.current && flush(), DEBOUNCE_MS);
    const onHide = () => dirty.current && flush();
    window.addEventListener('pagehide', onHide);
    return () => {
      clearTimeout(timer);
      window.removeEventListener('pagehide', onHide);
    };
  }, [values, orphans, flush]);

  useEffect(() => {
    const onStorage = (e: StorageEvent) => {
      if (e.key !== draftKey(template.id, draftId)) return;
      if (e.newValue === null) {
        // Deleted in another tab: the text stays here, and is saved again only if the member types on.
        base.current = { answers: { ...latest.current.values }, savedAt: null };
        setState((s) => ({ ...s, savedAt: null, otherTab: { kind: 'deleted', at: new Date() } }));
        return;
      }
      const parsed = parseDraft(e.newValue, knownTemplateIds);
      if (parsed.ok && parsed.draft.templateId === template.id && parsed.draft.savedAt !== base.current.savedAt)
        takeIn(parsed.draft);
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, [template, draftId, knownTemplateIds, takeIn]);

  /** Resolve a conflict: keep this tab's text for the clashing questions, or take the other tab's. */
  const resolve = useCallback(
    (choice: 'mine' | 'theirs') => {
      const c = conflict.current;
      if (!c) return;
      const { merged } = mergeAnswers(base.current.answers, latest.current.values, c.theirs);
      if (choice === 'theirs') for (const id of c.fields) merged[id] = c.theirs[id] ?? '';
      base.current = { answers: c.theirs, savedAt: c.remote.savedAt };
      conflict.current = null;
      setState((s) => ({ ...s, conflict: null }));
      latest.current = { ...latest.current, values: merged };
      applyRef.current(merged);
      flush();
    },
    [flush],
  );

  /** After the member deleted the draft: nothing stored, nothing to merge with. */
  const forget = useCallback((answers: Answers) => {
    base.current = { answers, savedAt: null };
    conflict.current = null;
    setState((s) => ({ ...s, savedAt: null, conflict: null, otherTab: null }));
  }, []);

  return { state, flush, resolve, forget };
}
