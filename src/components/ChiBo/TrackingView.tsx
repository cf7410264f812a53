import { memo, useId, useState, type Dispatch, type ReactNode } from 'react';
import { markHandedInFromDraft } from '~/lib/chi-bo/hand-in';
import {
  MAX_REASON_LENGTH,
  type Attendance,
  type HandIn,
  type Member,
  type Sitting,
  type Workspace,
} from '~/lib/chi-bo/types';
import { memberExcusedFromSittings } from '~/lib/chi-bo/workspace';
import type { Action } from './reducer';
import { SittingCounts } from './SittingCounts';
import { useProgressive } from './useProgressive';

interface Props {
  workspace: Workspace;
  dispatch: Dispatch<Action>;
  /** 1-based number of the sitting shown. */
  sittingNumber: number;
  /** Links to the other sittings' tracking (the address carries the number). */
  sittingLink: (n: number) => ReactNode;
  knownTemplateIds: readonly string[];
}

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

/** Per sitting: each member's report (handed in, how), whether they were there, and why not. */
export function TrackingView({ workspace, dispatch, sittingNumber, sittingLink, knownTemplateIds }: Props) {
  const id = useId();
  const sitting = workspace.sittings[sittingNumber - 1];
  const [keep, setKeep] = useState(false);
  const [said, setSaid] = useState<{ ok: boolean; text: string } | null>(null);
  // A draft whose name matches no one (or several): kept here until the secretary says whose it is.
  const [unmatched, setUnmatched] = useState<string | null>(null);
  const [pick, setPick] = useState('');
  const shown = useProgressive(workspace.members.length);

  if (workspace.sittings.length === 0)
    return <p>Chưa có buổi sinh hoạt nào. Hãy thêm buổi ở bước “Các buổi sinh hoạt”.</p>;
  if (!sitting)
    return (
      <p>
        Không có buổi {sittingNumber}. Chi bộ có {workspace.sittings.length} buổi: {sittingLink(1)}.
      </p>
    );

  const openDraft = async (file: File) => {
    let text: string;
    try {
      text = file.size > 2_000_000 ? '' : await file.text();
    } catch {
      text = '';
    }
    const result = markHandedInFromDraft(workspace, text, knownTemplateIds, keep);
    if (result.ok) dispatch({ type: 'replace', workspace: result.workspace });
    setSaid({ ok: result.ok, text: result.message });
    // Its name is the trouble, not the file: the secretary can say whose it is.
    const byHand =
      !result.ok && markHandedInFromDraft(workspace, text, knownTemplateIds, false, workspace.members[0]?.id).ok;
    setUnmatched(byHand ? text : null);
    setPick('');
  };
  const assign = () => {
    if (!unmatched || !pick) return;
    const result = markHandedInFromDraft(workspace, unmatched, knownTemplateIds, keep, pick);
    if (result.ok) dispatch({ type: 'replace', workspace: result.workspace });
    setSaid({ ok: result.ok, text: result.message });
    setUnmatched(null);
  };

  return (
    <>
      <nav aria-label="Chọn buổi" className="chi-bo__pick">
        <ul>
          {workspace.sittings.map((s, i) => (
            <li key={s.id}>
              {i + 1 === sittingNumber ? <strong aria-current="page">Buổi {i + 1}</strong> : sittingLink(i + 1)}
            </li>
          ))}
        </ul>
      </nav>
      <SittingCounts workspace={workspace} sitting={sitting} n={sittingNumber} />

      <section className="rf-draft" aria-labelledby={`${id}-draft`}>
        <h2 id={`${id}-draft`}>Đánh dấu đã nộp từ tệp bản nháp</h2>
        <p>
          Đảng viên soạn báo cáo trên trang này có thể gửi cho đồng chí tệp bản nháp (.json). Mở tệp ở đây, trang tìm
          đồng chí đó trong danh sách theo họ tên và ghi là đã nộp bằng tệp. Nội dung báo cáo không được giữ lại, trừ
          khi đồng chí đánh dấu ô dưới đây.
        </p>
        <div className="chi-bo__check">
          <input id={`${id}-keep`} type="checkbox" checked={keep} onChange={(e) => setKeep(e.target.checked)} />
          <label htmlFor={`${id}-keep`}>Giữ lại nội dung báo cáo trên máy này</label>
        </div>
        <div className="rf-file">
          <label htmlFor={`${id}-file`}>Mở tệp bản nháp của đảng viên</label>
          <input
            id={`${id}-file`}
            type="file"
            accept=".json,application/json"
            onChange={(e) => {
              const file = e.target.files?.[0];
              e.target.value = '';
              if (file) void openDraft(file);
            }}
            data-member-draft-file
          />
        </div>
        <div role="status">{said?.ok && <p className="rf-notice">{said.text}</p>}</div>
        <div role="alert">{said && !said.ok && <p className="rf-error">{said.text}</p>}</div>
        {unmatched && (
          <div className="rf-field">
            <label className="rf-label" htmlFor={`${id}-pick`}>
              Bản nháp này của đồng chí nào?
            </label>
            <select id={`${id}-pick`} value={pick} onChange={(e) => setPick(e.target.value)}>
              <option value="">Chọn trong danh sách</option>
              {workspace.members.map((m, i) => (
                <option key={m.id} value={m.id}>
                  {i + 1}. {m.name || '(chưa có tên)'}
                </option>
              ))}
            </select>
            <div className="rf-actions">
              <button type="button" className="rf-button" disabled={!pick} onClick={assign}>
                Ghi nhận đã nộp cho đồng chí này
              </button>
            </div>
          </div>
        )}
      </section>

      <h2 id={`${id}-list`}>Từng đồng chí ở buổi {sittingNumber}</h2>
      <p>
        Thường thì đa số có mặt: bấm nút dưới đây để ghi “Có mặt” cho mọi đồng chí chưa ghi (trừ người được miễn sinh
        hoạt, sinh hoạt nơi khác), rồi sửa riêng từng người vắng.
      </p>
      <div className="rf-actions">
        <button
          type="button"
          className="rf-button rf-button--secondary"
          onClick={() => dispatch({ type: 'markPresent', sittingId: sitting.id })}
        >
          Ghi “Có mặt” cho mọi đồng chí chưa ghi
        </button>
      </div>
      <ol className="chi-bo__roster" aria-labelledby={`${id}-list`} data-tracking>
        {workspace.members.slice(0, shown).map((m, i) => (
          <TrackRow
            key={m.id}
            member={m}
            n={i + 1}
            sitting={sitting}
            turnAt={m.sittingId ? workspace.sittings.findIndex((s) => s.id === m.sittingId) + 1 : 0}
            dispatch={dispatch}
          />
        ))}
      </ol>
    </>
  );
}

interface RowProps {
  member: Member;
  n: number;
  sitting: Sitting;
  /** The number of the sitting of the member's turn, 0 when none. */
  turnAt: number;
  dispatch: Dispatch<Action>;
}

const TrackRow = memo(function TrackRow({ member: m, n, sitting, turnAt, dispatch }: RowProps) {
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
