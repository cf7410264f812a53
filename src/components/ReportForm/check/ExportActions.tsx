import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { DocumentModel } from '~/lib/report/model';
import { documentPlainText } from '~/lib/report/plain-text';
import type { WhatWorks } from '~/lib/report/browser-env';
import { retrying } from '~/lib/retrying';

/** The .docx writer, downloaded at the first press of its button (again at the next press if that failed). */
const docxWriter = retrying(() => import('~/lib/report/docx'));

interface Props {
  model: DocumentModel;
  title: string;
  /** True while an answer needs fixing: nothing leaves the form until then. */
  disabled: boolean;
  /** What works where the page is open: inside an app's built-in browser only the copy does. */
  works: WhatWorks;
  onBack: () => void;
}

type FileStatus = { kind: 'idle' } | { kind: 'working' } | { kind: 'handed'; name: string } | { kind: 'failed' };
type CopyStatus = 'idle' | 'copied' | 'manual';

/**
 * Every way out for the finished document that works where the page is open: the .docx, the whole text
 * to the clipboard (with a text box to select by hand when the clipboard is refused), the phone's share
 * sheet, and print. Inside an app's built-in browser files are dropped and print does nothing, so the
 * copy alone is offered, as the main action. The page cannot know whether a download was saved, so it
 * never says it was: it says what to check.
 */
export function ExportActions({ model, title, disabled, works, onBack }: Props) {
  const id = useId();
  const [file, setFile] = useState<FileStatus>({ kind: 'idle' });
  const [copy, setCopy] = useState<CopyStatus>('idle');
  const [shared, setShared] = useState<string | null>(null);
  const text = useMemo(() => documentPlainText(model), [model]);
  const box = useRef<HTMLTextAreaElement>(null);
  // Named in a message only when its button is on the screen.
  const orPrint = works.print ? ' hoặc “In giấy tờ”' : '';

  useEffect(() => {
    if (copy === 'manual' && box.current) {
      box.current.focus();
      box.current.select();
    }
  }, [copy]);

  const download = async () => {
    setFile({ kind: 'working' });
    try {
      // The .docx writer is heavy: it loads only now, when the member asks for the file.
      const { renderDocx } = await docxWriter();
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

  const share = async () => {
    setShared(null);
    try {
      await navigator.share({ title, text });
      setShared('Đã mở phần gửi của máy. Nếu chưa gửi, đồng chí có thể bấm lại.');
    } catch (error) {
      // The member closed the share sheet: nothing to say.
      if (error instanceof DOMException && error.name === 'AbortError') return;
      setShared('Máy không gửi được. Hãy bấm “Chép toàn bộ báo cáo” rồi dán vào ứng dụng muốn gửi.');
    }
  };

  return (
    <>
      <div className="rf-actions">
        {works.files && (
          <button
            type="button"
            className="rf-button"
            disabled={disabled || file.kind === 'working'}
            onClick={() => void download()}
          >
            Tải tệp Word (.docx)
          </button>
        )}
        <button
          type="button"
          className={works.files ? 'rf-button rf-button--secondary' : 'rf-button'}
          disabled={disabled}
          onClick={() => void copyAll()}
        >
          Chép toàn bộ báo cáo
        </button>
        {works.share && (
          <button
            type="button"
            className="rf-button rf-button--secondary"
            disabled={disabled}
            onClick={() => void share()}
          >
            Gửi qua ứng dụng khác
          </button>
        )}
        {works.print && (
          <button
            type="button"
            className="rf-button rf-button--secondary"
            disabled={disabled}
            onClick={() => window.print()}
          >
            In giấy tờ
          </button>
        )}
        <button type="button" className="rf-button rf-button--secondary" onClick={onBack}>
          Quay lại
        </button>
      </div>
      <div role="status" className="rf-saved">
        {file.kind === 'working' && <p>Đang tạo tệp Word…</p>}
        {file.kind === 'handed' && (
          <p>
            Trang đã tạo tệp {file.name} và chuyển cho trình duyệt để tải về. Hãy mở thư mục tải về của máy (thường tên
            là “Download” hoặc “Tải xuống”) xem đã có tệp chưa. Nếu không thấy, hãy bấm “Chép toàn bộ báo cáo”{orPrint}.
          </p>
        )}
        {copy === 'copied' && (
          <p>Đã chép toàn bộ báo cáo. Hãy dán vào nơi cần gửi hoặc lưu (tin nhắn, ghi chú, Word).</p>
        )}
        {shared && <p>{shared}</p>}
      </div>
      {file.kind === 'failed' && (
        <p role="alert" className="rf-error">
          Không tạo được tệp Word. Bản nháp vẫn còn nguyên; hãy thử lại, hoặc bấm “Chép toàn bộ báo cáo”{orPrint}.
        </p>
      )}
      {copy === 'manual' && (
        <div className="rf-field">
          <label className="rf-label" htmlFor={`${id}-text`}>
            Toàn bộ báo cáo, để đồng chí tự chép
          </label>
          <p className="rf-hint" id={`${id}-hint`}>
            Máy không cho trang tự chép. Chữ trong ô dưới đây đã được chọn sẵn. Giữ ngón tay lên chữ trong ô, bấm “Chọn
            tất cả”, rồi bấm “Sao chép”; trên máy tính, bấm chuột phải vào ô rồi chọn “Sao chép”.
          </p>
          <textarea
            id={`${id}-text`}
            ref={box}
            readOnly
            rows={10}
            value={text}
            aria-describedby={`${id}-hint`}
            data-report-text
          />
        </div>
      )}
    </>
  );
}
