import { Suspense } from 'react';
import { formatTime } from '~/lib/format';
import { storageMessage } from '~/lib/report/storage';
import type { AnyField } from '~/schemas/report-template';
import type { SyncState } from './useDraftSync';
import { lazyWithRetry } from '../shared/lazy-part';

// Said after the first save or when another tab changes the draft: its words load then.
const SyncNotices = lazyWithRetry(() => import('./SyncNotices'));

interface Props {
  sync: SyncState;
  fieldsById: Map<string, AnyField>;
  onResolve: (choice: 'mine' | 'theirs') => void;
  /** False inside an app's built-in browser, where files the page makes are dropped. */
  files: boolean;
}

/**
 * The draft's state, at the top of every step where the member is looking: the status line, a storage
 * failure, what the browser said about keeping the draft, and what another tab did.
 */
export function DraftStatus({ sync, fieldsById, onResolve, files }: Props) {
  let line: string;
  if (sync.conflict) line = 'Chưa lưu: đang chờ đồng chí chọn giữ chữ nào (xem dưới đây).';
  else if (sync.problem) line = 'Chưa lưu được bản nháp trên máy này.';
  else if (sync.savedAt) line = `Đã lưu bản nháp trên máy này lúc ${formatTime(sync.savedAt)}.`;
  else line = 'Bản nháp được lưu trên máy này khi đồng chí gõ.';

  return (
    <div className="rf-status no-print" data-draft-status>
      <p className="rf-saved" role="status">
        {line}
      </p>
      {sync.problem && !sync.conflict && (
        <p className="rf-warning" role="alert">
          {storageMessage(sync.problem, files)}
        </p>
      )}
      {(sync.persistedNews || sync.otherTab || sync.conflict) && (
        <Suspense fallback={null}>
          <SyncNotices sync={sync} fieldsById={fieldsById} onResolve={onResolve} files={files} />
        </Suspense>
      )}
    </div>
  );
}
