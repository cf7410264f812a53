import { Suspense, useCallback, useEffect, useReducer, useRef, useState } from 'react';
import { removeWorkspace } from '~/lib/chi-bo/storage';
import { rosterFileProblemMessage, type RosterFileProblem } from '~/lib/chi-bo/messages';
import type { PaperContext } from '~/lib/chi-bo/papers';
import type { Workspace } from '~/lib/chi-bo/types';
import { createWorkspace } from '~/lib/chi-bo/workspace';
import { lazyWithRetry } from '../ReportForm/shared/lazy-part';
import { reduce } from './reducer';
import { RosterView } from './RosterView';
import { SittingsView } from './SittingsView';
import { TrackingView } from './TrackingView';
import { useWorkspaceSync } from './useWorkspaceSync';
import { readView, viewSearch, viewTitle, views, type View } from './views';
import { WorkspaceKeepingNote, WorkspaceStatus } from './WorkspaceStatus';

// The papers pull in the document model and its builders: they load when the secretary opens that step.
const PapersView = lazyWithRetry(() => import('./PapersView'));

export interface ChiBoAppProps {
  initial: Workspace;
  /** What is stored on this device cannot be read by this version of the page: nothing is saved over it unasked. */
  storedProblem: RosterFileProblem | null;
  knownTemplateIds: readonly string[];
  /** What the page's plain paste box held when the island started. */
  initialPaste: string;
  addAtStart: boolean;
  /** The page's title after " | ": the site's name. */
  siteName: string;
  paperContext: PaperContext;
}

/**
 * The secretary's workspace: one workspace in a reducer, saved by useWorkspaceSync, shown one view at a time.
 * The view lives in the address (views.ts), so Back, Forward and a reload keep the secretary's place.
 */
export default function ChiBoApp({
  initial,
  storedProblem,
  knownTemplateIds,
  initialPaste,
  addAtStart,
  siteName,
  paperContext,
}: ChiBoAppProps) {
  const [workspace, dispatch] = useReducer(reduce, initial);
  const [blocked, setBlocked] = useState(storedProblem);
  const [view, setView] = useState<View>(() => readView(location.search));
  const replace = useCallback((ws: Workspace) => dispatch({ type: 'replace', workspace: ws }), []);
  const sync = useWorkspaceSync(workspace, replace, blocked !== null);
  const heading = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);

  useEffect(() => {
    const onPop = () => {
      moved.current = true;
      setView(readView(location.search));
    };
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);

  useEffect(() => {
    document.title = `${viewTitle(view)} – Sổ theo dõi sinh hoạt chi bộ | ${siteName}`;
    if (moved.current) {
      moved.current = false;
      heading.current?.focus();
      window.scrollTo(0, 0);
    }
  }, [view, siteName]);

  const go = (next: View) => {
    sync.flush();
    moved.current = true;
    history.pushState(null, '', `${location.pathname}${viewSearch(next)}`);
    setView(next);
  };
  const link = (next: View, text: string, current = false) => (
    <a
      href={`${location.pathname}${viewSearch(next)}`}
      aria-current={current ? 'page' : undefined}
      onClick={(e) => {
        if (e.metaKey || e.ctrlKey || e.shiftKey || e.button !== 0) return;
        e.preventDefault();
        go(next);
      }}
    >
      {text}
    </a>
  );

  const clear = () => {
    removeWorkspace();
    sync.forget();
    dispatch({ type: 'replace', workspace: createWorkspace() });
  };

  const index = views.findIndex((v) => v.id === view.step);
  const nextView = views[index + 1];
  return (
    <div className="chi-bo" data-chi-bo-app>
      <nav aria-label="Các bước của sổ theo dõi" className="chi-bo__steps no-print">
        <ol>
          {views.map((v, i) => (
            <li key={v.id}>{link({ ...view, step: v.id }, `${i + 1}. ${v.label}`, v.id === view.step)}</li>
          ))}
        </ol>
      </nav>
      <h2 className="chi-bo__view-heading no-print" ref={heading} tabIndex={-1} data-view-heading>
        {viewTitle(view)}
      </h2>
      {blocked ? (
        <section className="rf-warning-box" role="alert" aria-labelledby="cb-blocked-h" data-stored-unreadable>
          <h2 id="cb-blocked-h">Chưa mở được dữ liệu chi bộ đã lưu trên máy này</h2>
          <p>{rosterFileProblemMessage(blocked)}</p>
          <p>Trang chưa ghi gì đè lên dữ liệu đó. Những gì đồng chí nhập bây giờ chỉ nằm trên trang, chưa được lưu.</p>
          <button
            type="button"
            className="rf-button rf-button--warning"
            onClick={() => {
              removeWorkspace();
              setBlocked(null);
            }}
          >
            Bỏ dữ liệu cũ, lưu những gì đang nhập
          </button>
        </section>
      ) : (
        <WorkspaceStatus sync={sync.state} onResolve={sync.resolve} />
      )}
      <div>
        {view.step === 'danh-sach' && (
          <RosterView
            workspace={workspace}
            dispatch={dispatch}
            initialPaste={initialPaste}
            addAtStart={addAtStart}
            onCleared={clear}
          />
        )}
        {view.step === 'cac-buoi' && <SittingsView workspace={workspace} dispatch={dispatch} />}
        {view.step === 'theo-doi' && (
          <TrackingView
            workspace={workspace}
            dispatch={dispatch}
            sittingNumber={view.sitting}
            sittingLink={(n) => link({ ...view, sitting: n }, `Buổi ${n}`)}
            knownTemplateIds={knownTemplateIds}
          />
        )}
        {view.step === 'giay-to' && (
          <Suspense fallback={<p role="status">Đang mở phần giấy tờ…</p>}>
            <PapersView workspace={workspace} dispatch={dispatch} view={view} link={link} context={paperContext} />
          </Suspense>
        )}
      </div>
      {nextView && (
        <p className="chi-bo__next no-print">Bước tiếp theo: {link({ ...view, step: nextView.id }, nextView.label)}</p>
      )}
      {!blocked && <WorkspaceKeepingNote sync={sync.state} />}
    </div>
  );
}
