import { useEffect, useId, useRef, useState } from 'react';
import { formatMoment } from '~/lib/format';
import { isEmptyDraft, parseDraft, type Draft, type ParseResult } from '~/lib/report/draft';
import { draftActions } from '~/lib/report/draft-actions';
import { draftProblemMessage } from './draft-messages';
import { listDrafts, newDraftId, saveDraft, storageMessage } from '~/lib/report/storage';
import { draftName } from '~/lib/report/draft-name';
import { whatWorksHere } from '~/lib/report/browser-env';
import { useTemplates } from '../start/templates-context';

interface Props {
  /** The draft on screen, if any: opening a file for its template with text in it asks first. */
  current: { templateId: string; draftId: string; name: string; hasText: boolean; savedAt: Date | null } | null;
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
  /** Where it is kept on this device: a new draft, or the one it replaced. */
  draftId: string;
  notice: string;
}

/** A draft of the same template this one could replace. */
interface Replaceable {
  draftId: string;
  name: string;
  savedAt: string | Date | null;
}

interface Pending {
  draft: Draft;
  others: Replaceable[];
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
    // eslint-disable-next-line react-hooks/exhaustive-deps
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
    const title = templateTitle(draft.templateId);
    // The member chooses: a new draft beside the ones of its template, or in place of one of them.
    const others: Replaceable[] = listDrafts(ids)
      .filter((d) => d.templateId === draft.templateId && !isEmptyDraft(d.draft.answers, d.draft.orphans))
      .map((d) => ({ draftId: d.draftId, name: draftName(title, d.draft.answers, d.name), savedAt: d.draft.savedAt }));
    if (
      current &&
      current.templateId === draft.templateId &&
      current.hasText &&
      !others.some((o) => o.draftId === current.draftId)
    ) {
      others.unshift({ draftId: current.draftId, name: current.name, savedAt: current.savedAt });
    }
    if (others.length > 0) return setPending({ draft, others });
    accept(draft, newDraftId());
  };

  /** Store the opened draft at once, so a reload keeps it without a keystroke. */
  const accept = (draft: Draft, draftId: string) => {
    const stored = { ...draft, savedAt: new Date().toISOString() };
    const outcome = saveDraft(stored, draftId);
    const kept =
      outcome === 'saved'
        ? ' Bản nháp đã được lưu trên máy này.'
        : ` ${storageMessage(outcome, whatWorksHere().files)}`;
    const from = paste ? 'Đã mở bản nháp vừa dán' : 'Đã mở bản nháp từ tệp';
    onOpen({ draft: stored, draftId, notice: `${from} (bản nháp lưu lúc ${formatMoment(draft.savedAt)}).${kept}` });
  };

  const templateTitle = (templateId: string) => templates.find((t) => t.id === templateId)?.title ?? templateId;

  if (pending) {
    const n = pending.others.length;
    return (
      <div className="rf-confirm" role="group" aria-labelledby={`${id}-q`} data-open-confirm>
        <p id={`${id}-q`} ref={confirm} tabIndex={-1}>
          Trên máy này đã có {n === 1 ? 'một bản nháp' : `${n} bản nháp`} mẫu “{templateTitle(pending.draft.templateId)}
          ”. Bản nháp đồng chí mở (lưu lúc {formatMoment(pending.draft.savedAt)}) có thể thành một bản nháp mới bên
          cạnh, hoặc thay cho một bản đang có; bản bị thay không lấy lại được.
        </p>
        <button type="button" className="rf-button" onClick={() => accept(pending.draft, newDraftId())}>
          Mở thành bản nháp mới
        </button>
        {pending.others.map((o) => (
          <button
            key={o.draftId}
            type="button"
            className="rf-button rf-button--secondary"
            onClick={() => accept(pending.draft, o.draftId)}
          >
            Thay cho “{o.name}”{o.savedAt ? `, lưu lúc ${formatMoment(o.savedAt)}` : ' (chưa kịp lưu)'}
          </button>
        ))}
        <button type="button" className="rf-button rf-button--secondary" onClick={() => setPending(null)}>
          Không mở
        </button>
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
          <button type="button" className="rf-button" onClick={() => void readPasted()}>
            Mở bản nháp đã dán
          </button>
        </>
      ) : (
        withInput && (
          <>
            <label htmlFor={id}>Chọn tệp bản nháp đã lưu ra máy trước đây</label>
            <input
              id={id}
              ref={input}
              type="file"
              accept=".json,application/json"
              onChange={(e) => void read(e.target.files?.[0])}
              aria-describedby={error ? `${id}-err` : undefined}
            />
          </>
        )
      )}
      {error && (
        <p className="rf-error" id={`${id}-err`} role="alert">
          {error}
        </p>
      )}
      {onClose && (
        <button type="button" className="rf-button rf-button--secondary" onClick={onClose}>
          Đóng
        </button>
      )}
    </div>
  );
}
