import { memo, type Dispatch } from 'react';
import { MAX_REASON_LENGTH, type Attendance, type HandIn, type Member, type Sitting } from '~/lib/chi-bo/types';
import { memberExcusedFromSittings } from '~/lib/chi-bo/workspace';
import type { Action } from './reducer';

const handInLabel: Record<HandIn, string> = {
  notYet: 'Chưa nộp',
  paper: 'Đã nộp bằng giấy',
  file: 'Đã nộp bằng tệp',
  message: 'Đã nộp qua tin nhắn',
};
type Status = Attendance['status'] | '';
const statusLabel: Record<Status, string> = {
  '': 'Chưa ghi',
  present: 'Có mặt',
  absentWithReason: 'Vắng có lý do',
  absentWithoutReason: 'Vắng không lý do',
};

/** One member's line in a sitting's tracking: report handed in, turn, attendance. */
interface RowProps {
  member: Member;
  n: number;
  sitting: Sitting;
  /** The number of the sitting of the member's turn, 0 when none. */
  turnAt: number;
  dispatch: Dispatch<Action>;
}

export const TrackRow = memo(function TrackRow({ member: m, n, sitting, turnAt, dispatch }: RowProps) {
  const fid = (f: string) => `cb-${f}-${m.id}`;
  const who = <span className="visually-hidden"> ({m.name || `số ${n}`})</span>;
  const attendance = m.attendance[sitting.id];
  const status: Status = attendance?.status ?? '';
  const excused = memberExcusedFromSittings(m);
  const setStatus = (s: Status) => {
    const next: Attendance | null =
      s === ''
        ? null
        : s === 'absentWithReason'
          ? { status: s, reason: attendance?.status === 'absentWithReason' ? attendance.reason : '' }
          : { status: s };
    dispatch({ type: 'setAttendance', id: m.id, sittingId: sitting.id, attendance: next });
  };
  let turn = 'Chưa xếp buổi trình bày.';
  if (m.writtenReport)
    turn =
      m.readOut && turnAt ? `Gửi báo cáo bằng văn bản, đọc ở buổi ${turnAt}.` : 'Gửi báo cáo bằng văn bản, không đọc.';
  else if (excused) turn = m.sentElsewhere ? 'Sinh hoạt tạm thời nơi khác.' : 'Được miễn sinh hoạt.';
  else if (turnAt) turn = `Trình bày ở buổi ${turnAt}.`;
  return (
    <li className="chi-bo__member" data-track>
      <p className="chi-bo__member-name">
        <span className="chi-bo__number">{n}.</span> <strong>{m.name || '(chưa có tên)'}</strong>
      </p>
      <p className="chi-bo__tags">
        {turn}
        {m.keptDraft ? ' Đã giữ nội dung bản nháp.' : ''}
      </p>
      <div className="chi-bo__numbers">
        <div className="rf-field">
          <label className="rf-label" htmlFor={fid('handin')}>
            Báo cáo{who}
          </label>
          <select
            id={fid('handin')}
            value={m.handIn}
            onChange={(e) => dispatch({ type: 'updateMember', id: m.id, patch: { handIn: e.target.value as HandIn } })}
          >
            {(Object.keys(handInLabel) as HandIn[]).map((k) => (
              <option key={k} value={k}>
                {handInLabel[k]}
              </option>
            ))}
          </select>
        </div>
        <div className="rf-field">
          <label className="rf-label" htmlFor={fid('att')}>
            Buổi này{who}
          </label>
          <select id={fid('att')} value={status} onChange={(e) => setStatus(e.target.value as Status)}>
            {(Object.keys(statusLabel) as Status[]).map((k) => (
              <option key={k} value={k}>
                {statusLabel[k]}
              </option>
            ))}
          </select>
        </div>
      </div>
      {attendance?.status === 'absentWithReason' && (
        <div className="rf-field">
          <label className="rf-label" htmlFor={fid('reason')}>
            Lý do vắng{who}
          </label>
          <textarea
            id={fid('reason')}
            rows={2}
            maxLength={MAX_REASON_LENGTH}
            value={attendance.reason}
            onChange={(e) =>
              dispatch({
                type: 'setAttendance',
                id: m.id,
                sittingId: sitting.id,
                attendance: { status: 'absentWithReason', reason: e.target.value },
              })
            }
          />
          {attendance.reason.length >= MAX_REASON_LENGTH && (
            <p className="rf-count rf-count--over">
              Lý do dài tối đa {MAX_REASON_LENGTH} ký tự; phần dán thêm không được nhận.
            </p>
          )}
        </div>
      )}
    </li>
  );
});
