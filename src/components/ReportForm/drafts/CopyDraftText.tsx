import { useEffect, useId, useRef, useState } from 'react';
import type { Draft } from '~/lib/report/draft';
import { draftActions } from '~/lib/report/draft-actions';

interface Props {
  /** The current answers as a draft. */
  currentDraft: () => Draft;
  /** The draft's name, said in the first line of the text. */
  title: string;
  /** Primary where it is the one way out (an app's built-in browser). */
  primary: boolean;
}

type Status = { kind: 'idle' } | { kind: 'copied' } | { kind: 'manual'; text: string } | { kind: 'failed' };

/**
 * "Chép bản nháp để mang sang trình duyệt khác": the whole draft as a short block of text, to the
 * clipboard, or, when the clipboard is refused (as in an app's built-in browser), in a selected box to
 * copy by hand. "Dán bản nháp" in the other browser reads it back.
 */
export function CopyDraftText({ currentDraft, title, primary }: Props) {
  const id = useId();
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const box = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    if (status.kind === 'manual' && box.current) {
      box.current.focus();
      box.current.select();
    }
  }, [status]);

  const copy = async () => {
    let text: string;
    try {
      // Loaded when asked for: the page does not carry it.
      const { draftToText } = await import('~/lib/report/draft-text');
      text = await draftToText(currentDraft(), title);
    } catch {
      return setStatus({ kind: 'failed' });
    }
    try {
      if (!navigator.clipboard?.writeText) throw new Error('no clipboard');
      await navigator.clipboard.writeText(text);
      setStatus({ kind: 'copied' });
    } catch {
      setStatus({ kind: 'manual', text });
    }
  };

  return (
    <div className="rf-carry" data-copy-draft>
      <button
        type="button"
        className={primary ? 'rf-button' : 'rf-button rf-button--secondary'}
        onClick={() => void copy()}
      >
        {draftActions.copyText}
      </button>
      <div role="status">
        {status.kind === 'copied' && (
          <p className="rf-saved">
            Đã chép bản nháp. Mở trang này bằng trình duyệt của máy (Chrome, Safari), bấm “{draftActions.pasteText}”,
            rồi dán vào ô. Nếu chưa chuyển ngay, hãy dán vào một tin nhắn gửi chính mình hoặc một ghi chú để giữ lại.
          </p>
        )}
      </div>
      {status.kind === 'failed' && (
        <p className="rf-warning" role="alert">
          Chưa chép được (mạng yếu?). Bản nháp vẫn còn nguyên; hãy bấm lại.
        </p>
      )}
      {status.kind === 'manual' && (
        <div className="rf-field">
          <label className="rf-label" htmlFor={`${id}-text`}>
            Bản nháp, để đồng chí tự chép
          </label>
          <p className="rf-hint" id={`${id}-hint`}>
            Máy không cho trang tự chép. Chữ trong ô dưới đây đã được chọn sẵn. Giữ ngón tay lên chữ trong ô, bấm “Chọn
            tất cả”, rồi bấm “Sao chép”. Sau đó mở trang này bằng trình duyệt của máy, bấm “{draftActions.pasteText}” và
            dán vào ô.
          </p>
          <textarea
            id={`${id}-text`}
            ref={box}
            readOnly
            rows={5}
            value={status.text}
            aria-describedby={`${id}-hint`}
            data-draft-text
          />
        </div>
      )}
    </div>
  );
}
