import { useId } from 'react';
import { formatDateTime, formatTime } from '~/lib/format';
import { workspaceStorageMessages } from '~/lib/chi-bo/messages';
import { statusMessages } from './messages';
import type { WorkspaceSyncState } from './useWorkspaceSync';
import { StatusLine } from '../ReportForm/shared/StatusLine';

interface Props {
  sync: WorkspaceSyncState;
  onResolve: (choice: 'mine' | 'theirs') => void;
}

/** The workspace's state at the top of every view: the status line, a storage failure, the other tab. */
export function WorkspaceStatus({ sync, onResolve }: Props) {
  const id = useId();
  let line: string;
  if (sync.conflict) line = statusMessages.conflict;
  else if (sync.problem) line = statusMessages.problem;
  else if (sync.savedAt) line = statusMessages.saved(formatTime(sync.savedAt));
  else line = statusMessages.idle;
  return (
    <div className="rf-status no-print" data-workspace-status>
      <StatusLine line={line} room={[statusMessages.idle, statusMessages.saved('00:00')]} />
      {sync.problem && !sync.conflict && (
        <p className="rf-warning" role="alert">
          {workspaceStorageMessages[sync.problem]}
        </p>
      )}
      {sync.otherTab && !sync.conflict && (
        <p className="rf-notice" role="status">
          {sync.otherTab.kind === 'updated'
            ? statusMessages.otherUpdated(formatTime(sync.otherTab.at))
            : statusMessages.otherDeleted}
        </p>
      )}
      {sync.conflict && (
        <section className="rf-warning-box" role="alert" aria-labelledby={`${id}-h`} data-workspace-conflict>
          <h2 id={`${id}-h`}>Một thẻ khác vừa lưu dữ liệu chi bộ khác</h2>
          <p>
            Trang này đang mở ở một thẻ (cửa sổ) khác, và dữ liệu chi bộ được lưu ở đó lúc{' '}
            {formatDateTime(new Date(sync.conflict.remote.savedAt))}({sync.conflict.remote.members.length} đảng viên,{' '}
            {sync.conflict.remote.sittings.length} buổi). Trang này chưa ghi đè lên. Đồng chí giữ bản nào?
          </p>
          <div className="rf-actions">
            <button type="button" className="rf-button" onClick={() => onResolve('mine')}>
              Giữ bản ở trang này
            </button>
            <button type="button" className="rf-button rf-button--secondary" onClick={() => onResolve('theirs')}>
              Dùng bản ở thẻ kia
            </button>
          </div>
        </section>
      )}
    </div>
  );
}

/**
 * What the browser answered about keeping the workspace, said once it is first saved. Below the view,
 * not in the status at its top: appearing there it would push down the field the secretary is typing in.
 */
export function WorkspaceKeepingNote({ sync }: Pick<Props, 'sync'>) {
  if (!sync.savedAt || sync.problem || sync.persisted === undefined || sync.persisted === null) return null;
  return (
    <p className="rf-hint no-print" role="status" data-persisted={sync.persisted}>
      {sync.persisted ? statusMessages.granted : statusMessages.refused}
    </p>
  );
}
