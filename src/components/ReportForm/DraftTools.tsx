import { useId, useRef, useState } from 'react';
import { parseDraft, type Draft } from './draft';
import { storageMessages } from './storage';
import type { AutosaveState } from './useAutosave';

interface Props {
  autosave: AutosaveState;
  knownTemplateIds: readonly string[];
  /** The current answers as a draft, for the file export. */
  currentDraft: () => Draft;
  /** True when the current answers hold any text (then opening a file asks first). */
  hasText: boolean;
  onDelete: () => void;
  onOpen: (draft: Draft) => void;
}

const time = (d: Date) => d.toLocaleTimeString('vi-VN', { hour: '2-digit', minute: '2-digit' });

/** Save status, the shared-computer notice, and the draft actions: delete, export, open a file. */
export function DraftTools({ autosave, knownTemplateIds, currentDraft, hasText, onDelete, onOpen }: Props) {
  const [confirming, setConfirming] = useState<'delete' | Draft | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const inputId = useId();

  const exportDraft = () => {
    const draft = currentDraft();
    const blob = new Blob([JSON.stringify(draft, null, 2)], { type: 'application/json' });
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = `ban-nhap-${draft.templateId}.json`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
  };

  const openFile = async (file: File | undefined) => {
    if (!file) return;
    setFileError(null);
    let text: string;
    try {
      text = await file.text();
    } catch {
      setFileError('Không đọc được tệp này. Những gì bạn đang soạn vẫn giữ nguyên.');
      return;
    }
    const result = parseDraft(text, knownTemplateIds);
    if (!result.ok) setFileError(result.message);
    else if (hasText) setConfirming(result.draft);
    else onOpen(result.draft);
    if (fileInput.current) fileInput.current.value = '';
  };

  return (
    <section className="rf-draft no-print" aria-labelledby={`${inputId}-h`}>
      <h2 id={`${inputId}-h`} className="visually-hidden">Bản nháp</h2>
      <p className="rf-saved" role="status">
        {autosave.savedAt ? `Đã lưu bản nháp trên máy này lúc ${time(autosave.savedAt)}.` : 'Bản nháp được lưu trên máy này khi bạn gõ.'}
      </p>
      {autosave.problem && <p className="rf-warning" role="alert">{storageMessages[autosave.problem]}</p>}
      <p className="rf-hint">
        Những gì bạn gõ chỉ nằm trên máy này, không gửi đi đâu. Nếu đây là máy dùng chung, hãy xóa bản nháp khi làm xong.
      </p>
      {confirming === 'delete' ? (
        <div className="rf-confirm" role="group" aria-labelledby={`${inputId}-del`}>
          <p id={`${inputId}-del`}>Xóa hẳn bản nháp của mẫu này trên máy này? Không lấy lại được.</p>
          <button type="button" className="rf-button rf-button--warning" onClick={() => { setConfirming(null); onDelete(); }}>Có, xóa bản nháp</button>
          <button type="button" className="rf-button rf-button--secondary" onClick={() => setConfirming(null)}>Không, giữ lại</button>
        </div>
      ) : confirming ? (
        <div className="rf-confirm" role="group" aria-labelledby={`${inputId}-open`}>
          <p id={`${inputId}-open`}>Tệp bạn chọn sẽ thay cho những gì bạn đang soạn. Nếu muốn giữ bản đang soạn, hãy tải nó về máy trước.</p>
          <button type="button" className="rf-button" onClick={() => { const d = confirming; setConfirming(null); onOpen(d); }}>Mở tệp, thay bản đang soạn</button>
          <button type="button" className="rf-button rf-button--secondary" onClick={() => setConfirming(null)}>Không mở</button>
        </div>
      ) : (
        <div className="rf-actions">
          <button type="button" className="rf-button rf-button--secondary" onClick={exportDraft}>Tải bản nháp về máy (.json)</button>
          <button type="button" className="rf-button rf-button--secondary" onClick={() => setConfirming('delete')}>Xóa bản nháp trên máy này</button>
        </div>
      )}
      <div className="rf-file">
        <label htmlFor={inputId}>Mở bản nháp từ tệp (.json) đã tải về trước đây</label>
        <input id={inputId} ref={fileInput} type="file" accept=".json,application/json" onChange={(e) => void openFile(e.target.files?.[0])} aria-describedby={fileError ? `${inputId}-err` : undefined} />
        {fileError && <p className="rf-error" id={`${inputId}-err`} role="alert">{fileError}</p>}
      </div>
    </section>
  );
}
