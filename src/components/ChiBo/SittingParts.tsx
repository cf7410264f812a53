import { memo, useState, type Dispatch } from 'react';
import { memberExcusedFromSittings } from '~/lib/chi-bo/workspace';
import { MAX_FIELD_LENGTH, type Member, type Sitting } from '~/lib/chi-bo/types';
import type { Action } from './reducer';

/** A sitting's editor, and one member's turn in the list of who presents when. */
export const SittingEditor = memo(function SittingEditor({
  sitting: s,
  n,
  turns,
  minutes,
  dispatch,
}: {
  sitting: Sitting;
  n: number;
  turns: number;
  minutes: number;
  dispatch: Dispatch<Action>;
}) {
  const [confirming, setConfirming] = useState(false);
  const set = (patch: Partial<Sitting>) => dispatch({ type: 'updateSitting', id: s.id, patch });
  const fid = (f: string) => `cb-${f}-${s.id}`;
  return (
    <li className="chi-bo__sitting" data-sitting>
      <h3>Buổi {n}</h3>
      <p>
        {turns} lượt báo cáo, khoảng {minutes} phút.
      </p>
      <div className="chi-bo__numbers">
        <div className="rf-field">
          <label className="rf-label" htmlFor={fid('date')}>
            Ngày (buổi {n})
          </label>
          <input id={fid('date')} type="date" value={s.date} onChange={(e) => set({ date: e.target.value })} />
        </div>
        <div className="rf-field">
          <label className="rf-label" htmlFor={fid('time')}>
            Giờ bắt đầu (buổi {n})
          </label>
          <input id={fid('time')} type="time" value={s.time} onChange={(e) => set({ time: e.target.value })} />
        </div>
      </div>
      {(
        [
          ['place', 'Địa điểm'],
          ['chair', 'Chủ trì'],
          ['clerk', 'Thư ký'],
        ] as const
      ).map(([k, label]) => (
        <div className="rf-field" key={k}>
          <label className="rf-label" htmlFor={fid(k)}>
            {label} (buổi {n})
          </label>
          <input
            id={fid(k)}
            type="text"
            maxLength={MAX_FIELD_LENGTH}
            value={s[k]}
            onChange={(e) => set({ [k]: e.target.value })}
          />
        </div>
      ))}
      {confirming ? (
        <div className="rf-confirm" role="group" aria-label={`Xóa buổi ${n}`}>
          <p>
            Xóa buổi {n}? Các đồng chí xếp ở buổi này sẽ thành “chưa xếp”, và những gì đã ghi về có mặt ở buổi này cũng
            mất.
          </p>
          <button
            type="button"
            className="rf-button rf-button--warning"
            onClick={() => dispatch({ type: 'removeSitting', id: s.id })}
          >
            Xóa buổi {n}
          </button>
          <button type="button" className="rf-button rf-button--secondary" onClick={() => setConfirming(false)}>
            Không xóa
          </button>
        </div>
      ) : (
        <button type="button" className="rf-button rf-button--secondary" onClick={() => setConfirming(true)}>
          Xóa buổi {n}
        </button>
      )}
    </li>
  );
});

export const TurnRow = memo(function TurnRow({
  member: m,
  n,
  sittings,
  dispatch,
}: {
  member: Member;
  n: number;
  sittings: readonly Sitting[];
  dispatch: Dispatch<Action>;
}) {
  const set = (patch: Partial<Member>) => dispatch({ type: 'updateMember', id: m.id, patch });
  const fid = (f: string) => `cb-${f}-${m.id}`;
  const excused = memberExcusedFromSittings(m);
  const options = sittings.map((s, i) => (
    <option key={s.id} value={s.id}>
      Buổi {i + 1}
    </option>
  ));
  return (
    <li className="chi-bo__member" data-turn>
      <p className="chi-bo__member-name">
        <span className="chi-bo__number">{n}.</span> <strong>{m.name || '(chưa có tên)'}</strong>
      </p>
      {excused && (
        <p className="chi-bo__tags">
          {m.sentElsewhere ? 'Sinh hoạt tạm thời nơi khác.' : 'Được miễn sinh hoạt.'} Không cần xếp buổi, trừ khi gửi
          báo cáo để đọc.
        </p>
      )}
      <div className="chi-bo__numbers">
        <div className="rf-field">
          <label className="rf-label" htmlFor={fid('turn')}>
            Trình bày ở <span className="visually-hidden">({m.name || `số ${n}`})</span>
          </label>
          <select
            id={fid('turn')}
            value={m.sittingId ?? ''}
            onChange={(e) => set({ sittingId: e.target.value || null })}
          >
            <option value="">Chưa xếp</option>
            {options}
          </select>
        </div>
        <div className="rf-field">
          <label className="rf-label" htmlFor={fid('asked')}>
            Xin dự <span className="visually-hidden">({m.name || `số ${n}`})</span>
          </label>
          <select
            id={fid('asked')}
            value={m.requestedSittingId ?? ''}
            onChange={(e) => set({ requestedSittingId: e.target.value || null })}
          >
            <option value="">Không xin buổi nào</option>
            {options}
          </select>
        </div>
      </div>
      <div className="chi-bo__check">
        <input
          id={fid('written')}
          type="checkbox"
          checked={m.writtenReport}
          onChange={(e) => set({ writtenReport: e.target.checked, readOut: e.target.checked ? m.readOut : false })}
        />
        <label htmlFor={fid('written')}>
          Gửi báo cáo bằng văn bản <span className="visually-hidden">({m.name || `số ${n}`})</span>
        </label>
      </div>
      {m.writtenReport && (
        <div className="chi-bo__check">
          <input
            id={fid('read')}
            type="checkbox"
            checked={m.readOut}
            onChange={(e) => set({ readOut: e.target.checked })}
          />
          <label htmlFor={fid('read')}>
            Đọc báo cáo này tại buổi sinh hoạt <span className="visually-hidden">({m.name || `số ${n}`})</span>
          </label>
        </div>
      )}
    </li>
  );
});
