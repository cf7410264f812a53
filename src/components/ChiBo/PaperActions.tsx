import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { detectInAppBrowser, inAppName } from '~/lib/report/browser-env';
import type { DocumentModel } from '~/lib/report/model';
import { documentPlainText } from '~/lib/report/plain-text';

type FileStatus = { kind: 'idle' } | { kind: 'working' } | { kind: 'handed'; name: string } | { kind: 'failed' };

/**
 * The ways out for one paper, as the member's report has them (ReportForm/ExportActions.tsx): the .docx (its
 * writer loads only at the press), print, and the whole text to copy for the cell's Zalo group. In an app's
 * built-in browser, which drops files a page makes, only copy and print are offered, and it says why.
 */
export function PaperActions({ model }: { model: DocumentModel }) {
  const id = useId();
  const [file, setFile] = useState<FileStatus>({ kind: 'idle' });
  const [copy, setCopy] = useState<'idle' | 'copied' | 'manual'>('idle');
  const text = useMemo(() => documentPlainText(model), [model]);
  const box = useRef<HTMLTextAreaElement>(null);
  const inApp = detectInAppBrowser(navigator.userAgent);

  useEffect(() => {
    setFile({ kind: 'idle' });
    setCopy('idle');
  }, [model.fileName]);
  useEffect(() => {
    if (copy === 'manual' && box.current) {
      box.current.focus();
      box.current.select();
    }
  }, [copy]);

  const download = async () => {
    setFile({ kind: 'working' });
    try {
      const { renderDocx } = await import('~/lib/report/docx');
      const blob = await renderDocx(model);
      const name = `${model.fileName}.docx`;
      const a = document.createElement('a');
      a.href = URL.createObjectURL(blob);
      a.download = name;
      a.click();
      setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
      setFile({ kind: 'handed', name });
    } catch {
      setFile({ kind: 'failed' });
    }
  };
  const copyAll = async () => {
    try {
      if (!navigator.clipboard?.writeText) throw new Error('no clipboard');
      await navigator.clipboard.writeText(text);
      setCopy('copied');
    } catch {
      setCopy('manual');
    }
  };

  return (
    <div className="no-print">
      {inApp && (
        <p className="rf-warning" data-in-app-notice={inApp}>
          Trình duyệt có sẵn trong {inAppName[inApp]} thường không lưu được tệp Word do trang tạo ra. Ở đây hãy dùng
          “Chép cả giấy tờ” (rồi dán vào nhóm Zalo hay tin nhắn) hoặc “In giấy tờ”. Để tải tệp Word, mở trang bằng trình
          duyệt của máy (nút ba chấm ⋯ hoặc ⋮, chọn mở bằng trình duyệt).
        </p>
      )}
      <div className="rf-actions">
        {!inApp && (
          <button
            type="button"
            className="rf-button"
            disabled={file.kind === 'working'}
            onClick={() => void download()}
          >
            Tải tệp Word (.docx)
          </button>
        )}
        <button type="button" className="rf-button rf-button--secondary" onClick={() => void copyAll()}>
          Chép cả giấy tờ
        </button>
        <button type="button" className="rf-button rf-button--secondary" onClick={() => window.print()}>
          In giấy tờ
        </button>
      </div>
      <div role="status" className="rf-saved">
        {file.kind === 'working' && <p>Đang tạo tệp Word…</p>}
        {file.kind === 'handed' && (
          <p>
            Trang đã tạo tệp {file.name} và chuyển cho trình duyệt để tải về. Hãy mở thư mục tải về của máy (thường tên
            là “Download” hoặc “Tải xuống”) xem đã có tệp chưa. Nếu không thấy, hãy bấm “Chép cả giấy tờ” hoặc “In giấy
            tờ”.
          </p>
        )}
        {copy === 'copied' && (
          <p>Đã chép cả giấy tờ. Hãy dán vào nơi cần gửi (nhóm Zalo của chi bộ, tin nhắn, Word).</p>
        )}
      </div>
      {file.kind === 'failed' && (
        <p role="alert" className="rf-error">
          Không tạo được tệp Word. Hãy thử lại, hoặc bấm “Chép cả giấy tờ” hay “In giấy tờ”.
        </p>
      )}
      {copy === 'manual' && (
        <div className="rf-field">
          <label className="rf-label" htmlFor={`${id}-text`}>
            Cả giấy tờ, để đồng chí tự chép
          </label>
          <p className="rf-hint" id={`${id}-hint`}>
            Máy không cho trang tự chép. Chữ trong ô dưới đây đã được chọn sẵn: hãy giữ ngón tay lên ô, chọn “Sao chép”
            (hoặc bấm Ctrl+C).
          </p>
          <textarea
            id={`${id}-text`}
            ref={box}
            readOnly
            rows={10}
            value={text}
            aria-describedby={`${id}-hint`}
            data-paper-text
          />
        </div>
      )}
    </div>
  );
}
