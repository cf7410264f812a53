import { Suspense } from 'react';
import { formatTime } from '~/lib/format';
import { storageMessage } from '~/lib/report/storage';
import type { AnyField } from '~/schemas/report-template';
import type { SyncState } from './useDraftSync';
import { lazyWithRetry } from '../shared/lazy-part';
import { StatusLine } from '../shared/StatusLine';

// Said when another tab changes the draft: its words load then.
const SyncNotices = lazyWithRetry(() => import('./SyncNotices'));

const idleLine = 'Bản nháp được lưu trên máy này khi đồng chí gõ.';
const savedLine = (time: string) => `Đã lưu bản nháp trên máy này lúc ${time}.`;

interface Props {
  sync: SyncState;
  fieldsById: Map<string, AnyField>;
  onResolve: (choice: 'mine' | 'theirs') => void;
  /** False inside an app's built-in browser, where files the page makes are dropped. */
  files: boolean;
}

/**
 * The draft's state, at the top of every step where the member is looking: the status line, a storage
 * failure, and what another tab did. What the browser said about keeping the draft is said with the draft's
 * controls (DraftTools), so nothing here grows at the first save and pushes the field being typed in.
 */
export function DraftStatus({ sync, fieldsById, onResolve, files }: Props) {
  let line: string;
  if (sync.conflict) line = 'Chưa lưu: đang chờ đồng chí chọn giữ chữ nào (xem dưới đây).';
  else if (sync.problem) line = 'Chưa lưu được bản nháp trên máy này.';
  else if (sync.savedAt) line = savedLine(formatTime(sync.savedAt));
  else line = idleLine;

  return (
    <div className="rf-status no-print" data-draft-status>
      <StatusLine line={line} room={[idleLine, savedLine('00:00')]} />
      {sync.problem && !sync.conflict && (
        <p className="rf-warning" role="alert">
          {storageMessage(sync.problem, files)}
        </p>
      )}
      {(sync.otherTab || sync.conflict) && (
        <Suspense fallback={null}>
          <SyncNotices sync={sync} fieldsById={fieldsById} onResolve={onResolve} />
        </Suspense>
      )}
    </div>
  );
}
