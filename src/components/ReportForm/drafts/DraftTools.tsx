import { Suspense, useId, useState } from 'react';
import type { Draft } from '~/lib/report/draft';
import { draftActions } from '~/lib/report/draft-actions';
import type { OpenedDraft } from './OpenDraftFile';
import { CopyDraftText } from './CopyDraftText';
import { lazyWithRetry } from '../shared/lazy-part';

// Opening a file is rare: its code loads when the member asks for it (here, or with the start page's input).
export const OpenDraftFile = lazyWithRetry(() => import('./OpenDraftFile'));
// After the first save: what the browser answered about keeping the draft, and the Safari reminder.
const KeepingNotes = lazyWithRetry(() => import('./KeepingNotes'));

interface Props {
  /** The current answers as a draft, for the file and the text. */
  currentDraft: () => Draft;
  /** The draft's name ("Báo cáo của đồng chí …"). */
  title: string;
  /** Which of the device's drafts it is. */
  draftId: string;
  hasText: boolean;
  savedAt: Date | null;
  /** What the browser answered about keeping the draft at the first save; null before or without one. */
  persisted: boolean | null;
  /** True on Safari and on iPhones, which delete a site's data after 7 days without a visit. */
  idleDeletion: boolean;
  /** False inside an app's built-in browser: files are dropped there, so the text carries the draft. */
  files: boolean;
  onDelete: () => void;
  onOpen: (opened: OpenedDraft) => void;
}

/** The shared-computer notice and the draft actions: keep a copy (file or text), open one, delete. */
export default function DraftTools({
  currentDraft,
  title,
  draftId,
  hasText,
  savedAt,
  persisted,
  idleDeletion,
  files,
  onDelete,
  onOpen,
}: Props) {
  const [panel, setPanel] = useState<'delete' | 'open' | 'paste' | null>(null);
  const id = useId();

  const exportDraft = () => {
    const draft = currentDraft();
    const a = document.createElement('a');
    a.href = URL.createObjectURL(new Blob([JSON.stringify(draft, null, 2)], { type: 'application/json' }));
    a.download = `ban-nhap-${draft.templateId}.json`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
  };

  return (
    <section className="rf-draft no-print" aria-labelledby={`${id}-h`} data-draft-tools>
      <h2 id={`${id}-h`}>Bản nháp</h2>
      <p className="rf-hint">
        Những gì đồng chí gõ chỉ nằm trên máy này, không gửi đi đâu. Nếu đây là máy dùng chung, hãy xóa bản nháp khi làm
        xong.
      </p>
      {savedAt && (persisted !== null || idleDeletion) && (
        <Suspense fallback={null}>
          <KeepingNotes persisted={persisted} idleDeletion={idleDeletion} files={files} />
        </Suspense>
      )}
      {panel === 'delete' ? (
        <div className="rf-confirm" role="group" aria-labelledby={`${id}-del`}>
          <p id={`${id}-del`}>Xóa hẳn bản nháp “{title}” trên máy này? Không lấy lại được.</p>
          <button
            type="button"
            className="rf-button rf-button--warning"
            onClick={() => {
              setPanel(null);
              onDelete();
            }}
          >
            Có, xóa bản nháp
          </button>
          <button type="button" className="rf-button rf-button--secondary" onClick={() => setPanel(null)}>
            Không, giữ lại
          </button>
        </div>
      ) : panel === 'open' || panel === 'paste' ? (
        <Suspense fallback={<p role="status">Đang mở…</p>}>
          <OpenDraftFile
            current={{ templateId: currentDraft().templateId, draftId, name: title, hasText, savedAt }}
            withInput
            paste={panel === 'paste'}
            onOpen={(opened) => {
              setPanel(null);
              onOpen(opened);
            }}
            onClose={() => setPanel(null)}
          />
        </Suspense>
      ) : (
        <>
          {!files && <CopyDraftText currentDraft={currentDraft} title={title} primary />}
          <div className="rf-actions">
            {files && (
              <button type="button" className="rf-button rf-button--secondary" onClick={exportDraft}>
                {draftActions.saveFile}
              </button>
            )}
            {files && (
              <button type="button" className="rf-button rf-button--secondary" onClick={() => setPanel('open')}>
                {draftActions.openFile}
              </button>
            )}
            <button type="button" className="rf-button rf-button--secondary" onClick={() => setPanel('paste')}>
              {draftActions.pasteText}
            </button>
            <button type="button" className="rf-button rf-button--secondary" onClick={() => setPanel('delete')}>
              {draftActions.remove}
            </button>
          </div>
          {files && <CopyDraftText currentDraft={currentDraft} title={title} primary={false} />}
        </>
      )}
    </section>
  );
}
