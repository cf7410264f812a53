import { useEffect, useId, useRef, useState } from 'react';
import { parseDraft, type Draft } from '~/lib/report/draft';
import { draftProblemMessage } from '~/lib/report/draft-messages';

interface Props {
  knownTemplateIds: readonly string[];
  /** True when the current answers hold any text: then opening a file asks first. */
  hasText: boolean;
  onOpen: (draft: Draft) => void;
  onClose: () => void;
}

/** Open a draft file (.json): loaded only when the member asks for it. Every problem gets a message. */
export default function OpenDraftFile({ knownTemplateIds, hasText, onOpen, onClose }: Props) {
  const [pending, setPending] = useState<Draft | null>(null);
  const [error, setError] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const id = useId();
  useEffect(() => input.current?.focus(), []);

  const read = async (file: File | undefined) => {
    if (!file) return;
    setError(null);
    const text = await file.text().catch(() => null);
    const result = text === null ? null : parseDraft(text, knownTemplateIds);
    if (input.current) input.current.value = '';
    if (!result) setError('Không đọc được tệp này. Những gì đồng chí đang soạn vẫn giữ nguyên.');
    else if (!result.ok) setError(draftProblemMessage(result.problem, result.templateId));
    else if (hasText) setPending(result.draft);
    else onOpen(result.draft);
  };

  if (pending) {
    return (
      <div className="rf-confirm" role="group" aria-labelledby={`${id}-q`}>
        <p id={`${id}-q`}>Tệp đồng chí chọn sẽ thay cho những gì đồng chí đang soạn. Nếu muốn giữ bản đang soạn, hãy tải nó về máy trước.</p>
        <button type="button" className="rf-button" onClick={() => onOpen(pending)}>Mở tệp, thay bản đang soạn</button>
        <button type="button" className="rf-button rf-button--secondary" onClick={() => setPending(null)}>Không mở</button>
      </div>
    );
  }
  return (
    <div className="rf-file">
      <label htmlFor={id}>Chọn tệp bản nháp (.json) đã tải về trước đây</label>
      <input id={id} ref={input} type="file" accept=".json,application/json" onChange={(e) => void read(e.target.files?.[0])} aria-describedby={error ? `${id}-err` : undefined} />
      {error && <p className="rf-error" id={`${id}-err`} role="alert">{error}</p>}
      <button type="button" className="rf-button rf-button--secondary" onClick={onClose}>Đóng</button>
    </div>
  );
}
