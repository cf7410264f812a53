import { useId, useState, type Dispatch, type ReactNode } from 'react';
import { markHandedInFromDraft } from '~/lib/chi-bo/hand-in';
import { type Workspace } from '~/lib/chi-bo/types';
import type { Action } from './reducer';
import { SittingCounts } from './SittingCounts';
import { useProgressive } from './useProgressive';
import { TrackRow } from './TrackRow';

interface Props {
  workspace: Workspace;
  dispatch: Dispatch<Action>;
  /** 1-based number of the sitting shown. */
  sittingNumber: number;
  /** Links to the other sittings' tracking (the address carries the number). */
  sittingLink: (n: number) => ReactNode;
  knownTemplateIds: readonly string[];
}

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
