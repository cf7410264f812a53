import { useEffect, useId, useRef, useState } from 'react';
import { formatMoment } from '~/lib/format';
import { isEmptyDraft, parseDraft, type Draft } from '~/lib/report/draft';
import { draftProblemMessage } from './draft-messages';
import { loadDraft, saveDraft, storageMessages } from '~/lib/report/storage';
import { useTemplates } from '../start/templates-context';

interface Props {
  /** The draft on screen, if any: opening a file for its template with text in it asks first. */
  current: { templateId: string; hasText: boolean; savedAt: Date | null } | null;
  /** A file chosen outside this component (the start page's own file input). */
  file?: File | undefined;
  /** Show the file input (the form's "Mở bản nháp từ tệp" panel). */
  withInput: boolean;
  /** The file's draft, already stored (when the browser allows), and what to tell the member. */
  onOpen: (opened: OpenedDraft) => void;
  onClose?: () => void;
}

export interface OpenedDraft {
  draft: Draft;
  notice: string;
}

interface Pending {
  draft: Draft;
  /** When the draft it would replace was saved, or null when unknown. */
  replacesSavedAt: string | Date | null;
  replacesHere: boolean;
}

/**
 * Open a draft file (.json): loaded only when the member asks for it. Every problem gets a message;
 * a file that would replace a draft already kept for its template asks first, with both dates.
 */
export default function OpenDraftFile({ current, file, withInput, onOpen, onClose }: Props) {
  const { templates, ids } = useTemplates();
  const [pending, setPending] = useState<Pending | null>(null);
  const [error, setError] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const confirm = useRef<HTMLParagraphElement>(null);
  const id = useId();
  useEffect(() => input.current?.focus(), []);
  useEffect(() => {
    if (file) void read(file);
    // A new file from outside: read it.
  }, [file]);
  useEffect(() => {
    if (pending) confirm.current?.focus();
  }, [pending]);

  const read = async (chosen: File | undefined) => {
    if (!chosen) return;
    setError(null);
    setPending(null);
    const text = await chosen.text().catch(() => null);
    const result = text === null ? null : parseDraft(text, ids);
    if (input.current) input.current.value = '';
    if (!result) return setError('Không đọc được tệp này. Những gì đồng chí đang soạn vẫn giữ nguyên.');
    if (!result.ok) return setError(draftProblemMessage(result.problem, result.templateId));
    const draft = result.draft;
    if (current && current.templateId === draft.templateId) {
      if (current.hasText) return setPending({ draft, replacesSavedAt: current.savedAt, replacesHere: true });
    } else {
      const stored = loadDraft(draft.templateId, ids);
      if (stored && !isEmptyDraft(stored.answers, stored.orphans)) return setPending({ draft, replacesSavedAt: stored.savedAt, replacesHere: false });
    }
    accept(draft);
  };

  /** Store the file's draft at once, so a reload keeps it without a keystroke. */
  const accept = (draft: Draft) => {
    const stored = { ...draft, savedAt: new Date().toISOString() };
    const outcome = saveDraft(stored);
    const kept = outcome === 'saved' ? ' Bản nháp đã được lưu trên máy này.' : ` ${storageMessages[outcome]}`;
    onOpen({ draft: stored, notice: `Đã mở bản nháp từ tệp (tệp lưu lúc ${formatMoment(draft.savedAt)}).${kept}` });
  };

  const templateTitle = (templateId: string) => templates.find((t) => t.id === templateId)?.title ?? templateId;

  if (pending) {
    return (
      <div className="rf-confirm" role="group" aria-labelledby={`${id}-q`} data-open-confirm>
        <p id={`${id}-q`} ref={confirm} tabIndex={-1}>
          {pending.replacesHere
            ? `Tệp đồng chí chọn sẽ thay cho những gì đồng chí đang soạn (bản trên trang này lưu lúc ${formatMoment(pending.replacesSavedAt, 'chưa lưu')}).`
            : `Trên máy này đã có bản nháp mẫu “${templateTitle(pending.draft.templateId)}”, lưu lúc ${formatMoment(pending.replacesSavedAt)}. Tệp đồng chí chọn sẽ thay cho bản nháp đó.`}{' '}
          Tệp lưu lúc {formatMoment(pending.draft.savedAt)}. Nếu muốn giữ bản đang có, hãy tải nó về máy trước.
        </p>
        <button type="button" className="rf-button" onClick={() => accept(pending.draft)}>Mở tệp, thay bản đang có</button>
        <button type="button" className="rf-button rf-button--secondary" onClick={() => setPending(null)}>Không mở</button>
      </div>
    );
  }
  return (
    <div className="rf-file">
      {withInput && (
        <>
          <label htmlFor={id}>Chọn tệp bản nháp (.json) đã tải về trước đây</label>
          <input id={id} ref={input} type="file" accept=".json,application/json" onChange={(e) => void read(e.target.files?.[0])} aria-describedby={error ? `${id}-err` : undefined} />
        </>
      )}
      {error && <p className="rf-error" id={`${id}-err`} role="alert">{error}</p>}
      {onClose && <button type="button" className="rf-button rf-button--secondary" onClick={onClose}>Đóng</button>}
    </div>
  );
}
