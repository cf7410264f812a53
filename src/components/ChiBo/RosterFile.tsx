import { useId, useState, type Dispatch } from 'react';
import { parseWorkspaceFile, serializeWorkspace, workspaceFileName } from '~/lib/chi-bo/file';
import { rosterFileProblemMessage } from '~/lib/chi-bo/messages';
import type { Workspace } from '~/lib/chi-bo/types';
import { detectInAppBrowser, inAppName } from '~/lib/report/browser-env';
import type { Action } from './reducer';

interface Props {
  workspace: Workspace;
  dispatch: Dispatch<Action>;
  onCleared: () => void;
}

/** Larger than any roster the tool can hold: read no further. */
const MAX_FILE_BYTES = 5_000_000;

type Said = { kind: 'ok' | 'error'; text: string } | null;

/**
 * The roster as a file: saved to carry it to another device or keep a copy, opened there; and the one
 * button that deletes the chi bộ's data from this device, after a confirmation.
 */
export function RosterFile({ workspace, dispatch, onCleared }: Props) {
  const id = useId();
  const [said, setSaid] = useState<Said>(null);
  const [pending, setPending] = useState<Workspace | null>(null);
  const [confirmClear, setConfirmClear] = useState(false);
  const inApp = detectInAppBrowser(navigator.userAgent);
  const hasData = workspace.members.length > 0 || workspace.sittings.length > 0;

  const save = () => {
    const blob = new Blob([serializeWorkspace(workspace)], { type: 'application/json' });
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = workspaceFileName(workspace);
    a.click();
    setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
    setSaid({
      kind: 'ok',
      text: `Trang đã tạo tệp ${a.download} và chuyển cho trình duyệt để tải về. Hãy mở thư mục tải về của máy (thường tên là “Download” hoặc “Tải xuống”) xem đã có tệp chưa.`,
    });
  };

  const open = async (file: File) => {
    setPending(null);
    if (file.size > MAX_FILE_BYTES) {
      setSaid({ kind: 'error', text: rosterFileProblemMessage('tooBig') });
      return;
    }
    let text: string;
    try {
      text = await file.text();
    } catch {
      setSaid({ kind: 'error', text: rosterFileProblemMessage('corrupt') });
      return;
    }
    const parsed = parseWorkspaceFile(text);
    if (!parsed.ok) {
      setSaid({ kind: 'error', text: rosterFileProblemMessage(parsed.problem) });
      return;
    }
    if (hasData) {
      setSaid(null);
      setPending(parsed.workspace);
    } else take(parsed.workspace);
  };

  const take = (ws: Workspace) => {
    dispatch({ type: 'replace', workspace: ws });
    setPending(null);
    setSaid({
      kind: 'ok',
      text: `Đã mở tệp danh sách: ${ws.members.length} đồng chí, ${ws.sittings.length} buổi sinh hoạt.`,
    });
  };

  return (
    <section className="rf-draft" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>Lưu và mở tệp danh sách</h2>
      <p>
        Dữ liệu chi bộ chỉ nằm trên máy này. Để giữ một bản, hay để làm tiếp trên máy khác, hãy lưu tệp danh sách
        (.json) rồi mở nó ở máy kia. Tệp có họ tên đảng viên: chỉ gửi cho người được chi ủy giao việc.
      </p>
      {inApp ? (
        <p className="rf-warning">
          Trình duyệt có sẵn trong {inAppName[inApp]} thường không lưu được tệp do trang tạo ra. Để lưu tệp danh sách,
          hãy mở trang này bằng trình duyệt của máy (bấm nút ba chấm ⋯ hoặc ⋮, chọn mục mở bằng trình duyệt).
        </p>
      ) : (
        <div className="rf-actions">
          <button type="button" className="rf-button rf-button--secondary" disabled={!hasData} onClick={save}>
            Lưu tệp danh sách về máy
          </button>
        </div>
      )}
      <div className="rf-file">
        <label htmlFor={`${id}-open`}>Mở tệp danh sách</label>
        <p className="rf-hint" id={`${id}-open-hint`}>
          Tệp .json đã lưu từ trang này, bằng nút “Lưu tệp danh sách về máy”.
        </p>
        <input
          id={`${id}-open`}
          type="file"
          accept=".json,application/json"
          aria-describedby={`${id}-open-hint`}
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) void open(file);
          }}
          data-roster-file
        />
      </div>
      <div role="status">{said?.kind === 'ok' && <p className="rf-notice">{said.text}</p>}</div>
      <div role="alert">{said?.kind === 'error' && <p className="rf-error">{said.text}</p>}</div>
      {pending && (
        <div className="rf-confirm" role="group" aria-label="Thay dữ liệu trên máy bằng tệp">
          <p>
            Tệp có {pending.members.length} đồng chí và {pending.sittings.length} buổi. Mở tệp sẽ thay toàn bộ dữ liệu
            chi bộ đang có trên máy này ({workspace.members.length} đồng chí, {workspace.sittings.length} buổi). Thay
            không?
          </p>
          <button type="button" className="rf-button rf-button--warning" onClick={() => take(pending)}>
            Thay bằng dữ liệu trong tệp
          </button>
          <button type="button" className="rf-button rf-button--secondary" onClick={() => setPending(null)}>
            Giữ dữ liệu đang có
          </button>
        </div>
      )}

      <h3>Xóa dữ liệu trên máy này</h3>
      {confirmClear ? (
        <div className="rf-confirm" role="group" aria-label="Xóa dữ liệu chi bộ">
          <p>
            Xóa hết danh sách, các buổi sinh hoạt và những gì đã ghi ({workspace.members.length} đồng chí,{' '}
            {workspace.sittings.length} buổi) khỏi máy này? Không lấy lại được, trừ khi đồng chí đã lưu tệp danh sách.
          </p>
          <button
            type="button"
            className="rf-button rf-button--warning"
            onClick={() => {
              setConfirmClear(false);
              onCleared();
              setSaid({ kind: 'ok', text: 'Đã xóa dữ liệu chi bộ trên máy này.' });
            }}
          >
            Xóa hẳn
          </button>
          <button type="button" className="rf-button rf-button--secondary" onClick={() => setConfirmClear(false)}>
            Không xóa
          </button>
        </div>
      ) : (
        <button type="button" className="rf-button rf-button--warning" onClick={() => setConfirmClear(true)}>
          Xóa dữ liệu chi bộ trên máy này
        </button>
      )}
    </section>
  );
}
