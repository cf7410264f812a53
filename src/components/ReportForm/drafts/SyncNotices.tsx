import { useId } from 'react';
import { formatMoment, formatTime } from '~/lib/format';
import { otherTabMessage } from './sync-messages';
import type { AnyField } from '~/schemas/report-template';
import type { SyncState } from './useDraftSync';

interface Props {
  sync: SyncState;
  fieldsById: Map<string, AnyField>;
  onResolve: (choice: 'mine' | 'theirs') => void;
}

/**
 * What another tab did, and, when both tabs changed the same question, the other tab's text and the choice.
 * Nothing is overwritten until the member chooses.
 */
export default function SyncNotices({ sync, fieldsById, onResolve }: Props) {
  const id = useId();
  const { conflict } = sync;
  return (
    <>
      {sync.otherTab && !conflict && (
        <p className="rf-notice" role="status">
          {otherTabMessage(sync.otherTab.kind, formatTime(sync.otherTab.at))}
        </p>
      )}
      {conflict && (
        <section className="rf-warning-box" role="alert" aria-labelledby={`${id}-h`} data-draft-conflict>
          <h2 id={`${id}-h`}>Một cửa sổ khác của trang vừa lưu chữ khác cho cùng câu hỏi</h2>
          <p>
            Bản nháp này đang mở ở một cửa sổ khác của trang, và được lưu ở đó lúc{' '}
            {formatMoment(conflict.remote.savedAt)}. Trang này chưa ghi đè lên. Chữ ở cửa sổ kia:
          </p>
          {conflict.fields.map((f) => (
            <div key={f} className="rf-field">
              <label className="rf-label" htmlFor={`${id}-${f}`}>
                {fieldsById.get(f)?.label ?? f}
              </label>
              <textarea id={`${id}-${f}`} readOnly rows={3} value={conflict.theirs[f] ?? ''} />
            </div>
          ))}
          <div className="rf-actions">
            <button type="button" className="rf-button" onClick={() => onResolve('mine')}>
              Giữ chữ ở trang này
            </button>
            <button type="button" className="rf-button rf-button--secondary" onClick={() => onResolve('theirs')}>
              Dùng chữ ở cửa sổ kia
            </button>
          </div>
        </section>
      )}
    </>
  );
}
