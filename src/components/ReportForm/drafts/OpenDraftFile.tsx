import { useEffect, useId, useRef, useState } from 'react';
import { formatMoment } from '~/lib/format';
import { isEmptyDraft, parseDraft, type Draft, type ParseResult } from '~/lib/report/draft';
import { draftActions } from '~/lib/report/draft-actions';
import { draftProblemMessage } from './draft-messages';
import { loadDraft, saveDraft, storageMessage } from '~/lib/report/storage';
import { whatWorksHere } from '~/lib/report/browser-env';
import { useTemplates } from '../start/templates-context';

interface Props {
  /** The draft on screen, if any: opening a file for its template with text in it asks first. */
  current: { templateId: string; hasText: boolean; savedAt: Date | null } | null;
  /** A file chosen outside this component (the start page's own file input). */
  file?: File | undefined;
  /** Show the file input (the form's "Mở bản nháp từ tệp" panel). */
  withInput: boolean;
  /** Show the box to paste a draft's text into ("Dán bản nháp"), instead of the file input. */
  paste?: boolean;
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
 * Open a draft from a file, or from its text pasted in ("Dán bản nháp", the way a draft leaves an app's
 * built-in browser): loaded only when the member asks for it. Both go through the same checks; every
 * problem gets a message; a draft that would replace one already kept for its template asks first, with
 * both dates.
 */
export default function OpenDraftFile({ current, file, withInput, paste = false, onOpen, onClose }: Props) {
  const { templates, ids } = useTemplates();
  const [pending, setPending] = useState<Pending | null>(null);
  const [error, setError] = useState<string | null>(null);
  const input = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  const [pasted, setPasted] = useState('');
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
    take(result, 'file');
  };

  const readPasted = async () => {
    setError(null);
    setPending(null);
    if (pasted.trim() === '') return setError('Ô còn trống. Hãy dán bản nháp đã chép vào ô rồi bấm lại.');
    const { draftFromText } = await import('~/lib/report/draft-text');
    take(await draftFromText(pasted, ids), 'text');
  };

  const take = (result: ParseResult, from: 'file' | 'text') => {
    if (!result.ok) return setError(draftProblemMessage(result.problem, result.templateId, from));
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
    const kept = outcome === 'saved' ? ' Bản nháp đã được lưu trên máy này.' : ` ${storageMessage(outcome, whatWorksHere().files)}`;
    const from = paste ? 'Đã mở bản nháp vừa dán' : 'Đã mở bản nháp từ tệp';
    onOpen({ draft: stored, notice: `${from} (bản nháp lưu lúc ${formatMoment(draft.savedAt)}).${kept}` });
  };

  const templateTitle = (templateId: string) => templates.find((t) => t.id === templateId)?.title ?? templateId;

  if (pending) {
    return (
      <div className="rf-confirm" role="group" aria-labelledby={`${id}-q`} data-open-confirm>
        <p id={`${id}-q`} ref={confirm} tabIndex={-1}>
          {pending.replacesHere
            ? `Bản nháp đồng chí mở sẽ thay cho những gì đồng chí đang soạn (${pending.replacesSavedAt ? `lưu lúc ${formatMoment(pending.replacesSavedAt)}` : 'chưa kịp lưu'}).`
            : `Trên máy này đã có bản nháp mẫu “${templateTitle(pending.draft.templateId)}”, lưu lúc ${formatMoment(pending.replacesSavedAt)}. Bản nháp đồng chí mở sẽ thay cho bản nháp đó.`}{' '}
          Bản nháp mở lưu lúc {formatMoment(pending.draft.savedAt)}.
        </p>
        <button type="button" className="rf-button" onClick={() => accept(pending.draft)}>Mở, thay bản đang có</button>
        <button type="button" className="rf-button rf-button--secondary" onClick={() => setPending(null)}>Không mở</button>
      </div>
    );
  }
  return (
    <div className="rf-file">
      {paste ? (
        <>
          <label htmlFor={id}>Dán bản nháp đã chép vào ô này</label>
          <p className="rf-hint" id={`${id}-hint`}>
            Đoạn chữ có được khi bấm “{draftActions.copyText}” ở trình duyệt khác. Giữ ngón tay lên ô rồi chọn “Dán”.
          </p>
          <textarea
            id={id}
            ref={input}
            rows={4}
            value={pasted}
            onChange={(e) => setPasted(e.target.value)}
            aria-describedby={`${id}-hint${error ? ` ${id}-err` : ''}`}
            data-paste-draft
          />
          <button type="button" className="rf-button" onClick={() => void readPasted()}>Mở bản nháp đã dán</button>
        </>
      ) : (
        withInput && (
          <>
            <label htmlFor={id}>Chọn tệp bản nháp đã lưu ra máy trước đây</label>
            <input id={id} ref={input} type="file" accept=".json,application/json" onChange={(e) => void read(e.target.files?.[0])} aria-describedby={error ? `${id}-err` : undefined} />
          </>
        )
      )}
      {error && <p className="rf-error" id={`${id}-err`} role="alert">{error}</p>}
      {onClose && <button type="button" className="rf-button rf-button--secondary" onClick={onClose}>Đóng</button>}
    </div>
  );
}
