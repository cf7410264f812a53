import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { formatMoment } from '~/lib/format';
import { whatWorksHere } from '~/lib/report/browser-env';
import { draftActions } from '~/lib/report/draft-actions';
import { draftName, MAX_DRAFT_NAME } from '~/lib/report/draft-name';
import { listDrafts, removeAllDrafts, removeDraft, renameDraft, type StoredDraft } from '~/lib/report/storage';
import { NEW_DRAFT } from '~/lib/report/steps';
import { reportHref } from '~/lib/report/address';
import InAppNotice from '../check/InAppNotice';
import { useTemplates } from './templates-context';

interface Props {
  /** What came of a draft file chosen with the start page's file input, or the paste box (the island renders it). */
  fileView: ReactNode;
}

type Panel = { kind: 'rename' | 'delete'; draftId: string } | { kind: 'deleteAll' } | null;

/**
 * Before any template is chosen: the in-app browser notice, the drafts kept on this device, each named,
 * with its date, to open, rename or delete one by one, "Soạn bản nháp mới" beside each template's drafts,
 * "Xóa mọi bản nháp trên máy này" for a shared phone, and what came of a chosen draft file or pasted text.
 */
export default function StartPage({ fileView }: Props) {
  const { templates, ids } = useTemplates();
  const { inApp } = whatWorksHere();
  const id = useId();
  const [drafts, setDrafts] = useState<StoredDraft[]>(() => listDrafts(ids));
  const [panel, setPanel] = useState<Panel>(null);
  const [said, setSaid] = useState<string | null>(null);
  const nameInput = useRef<HTMLInputElement>(null);
  // The name field takes the focus when the member opens it ("Đổi tên"), as a dialog's first field would.
  useEffect(() => {
    if (panel?.kind === 'rename') nameInput.current?.focus();
  }, [panel]);
  const refresh = () => setDrafts(listDrafts(ids));
  const titleOf = (templateId: string) => templates.find((t) => t.id === templateId)?.title ?? templateId;
  const nameOf = (d: StoredDraft) => draftName(titleOf(d.templateId), d.draft.answers, d.name);
  const groups = templates
    .map((t) => ({ template: t, drafts: drafts.filter((d) => d.templateId === t.id) }))
    .filter((g) => g.drafts.length > 0);

  const rename = (d: StoredDraft) => {
    const outcome = renameDraft(d.templateId, d.draftId, nameInput.current?.value ?? '', ids);
    setPanel(null);
    refresh();
    setSaid(
      outcome === 'saved' ? 'Đã đổi tên bản nháp.' : 'Trình duyệt không cho lưu tên mới; bản nháp vẫn còn nguyên.',
    );
  };
  const remove = (d: StoredDraft) => {
    const name = nameOf(d);
    const ok = removeDraft(d.templateId, d.draftId);
    setPanel(null);
    refresh();
    setSaid(ok ? `Đã xóa bản nháp “${name}” trên máy này.` : 'Trình duyệt không cho xóa bản nháp.');
  };
  const removeAll = () => {
    const ok = removeAllDrafts();
    setPanel(null);
    refresh();
    setSaid(ok ? 'Đã xóa mọi bản nháp trên máy này.' : 'Trình duyệt không cho xóa bản nháp.');
  };

  return (
    <>
      {inApp && <InAppNotice app={inApp} where="start" />}
      {(groups.length > 0 || said) && (
        <section className="rf-drafts" aria-labelledby={`${id}-h`} data-drafts-on-device>
          <h2 id={`${id}-h`}>Bản nháp trên máy này</h2>
          <p role="status" className="rf-saved">
            {said}
          </p>
          {groups.map(({ template, drafts: own }) => (
            <div key={template.id} className="rf-drafts__group">
              <h3>{template.title}</h3>
              <ul className="rf-drafts__list">
                {own.map((d) => {
                  const name = nameOf(d);
                  return (
                    <li key={d.draftId} className="rf-drafts__item" data-draft={d.draftId}>
                      <a
                        href={reportHref({ templateId: d.templateId, draftId: d.draftId })}
                        className="rf-drafts__name"
                      >
                        {name}
                      </a>
                      <span className="rf-hint"> lưu lúc {formatMoment(d.draft.savedAt)}</span>
                      {panel && panel.kind === 'rename' && panel.draftId === d.draftId ? (
                        <div className="rf-field">
                          <label className="rf-label" htmlFor={`${id}-name`}>
                            Tên mới của bản nháp
                          </label>
                          <p className="rf-hint" id={`${id}-name-hint`}>
                            Để trống thì trang tự đặt tên theo họ và tên trong bản nháp.
                          </p>
                          <input
                            id={`${id}-name`}
                            ref={nameInput}
                            type="text"
                            defaultValue={d.name ?? ''}
                            maxLength={MAX_DRAFT_NAME}
                            aria-describedby={`${id}-name-hint`}
                          />
                          <div className="rf-actions">
                            <button type="button" className="rf-button" onClick={() => rename(d)}>
                              Lưu tên
                            </button>
                            <button
                              type="button"
                              className="rf-button rf-button--secondary"
                              onClick={() => setPanel(null)}
                            >
                              Thôi
                            </button>
                          </div>
                        </div>
                      ) : panel && panel.kind === 'delete' && panel.draftId === d.draftId ? (
                        <div className="rf-confirm" role="group" aria-labelledby={`${id}-del`}>
                          <p id={`${id}-del`}>Xóa hẳn bản nháp “{name}” trên máy này? Không lấy lại được.</p>
                          <button type="button" className="rf-button rf-button--warning" onClick={() => remove(d)}>
                            Có, xóa bản nháp
                          </button>
                          <button
                            type="button"
                            className="rf-button rf-button--secondary"
                            onClick={() => setPanel(null)}
                          >
                            Không, giữ lại
                          </button>
                        </div>
                      ) : (
                        <div className="rf-actions rf-actions--tight">
                          <button
                            type="button"
                            className="rf-button rf-button--secondary"
                            onClick={() => {
                              setSaid(null);
                              setPanel({ kind: 'rename', draftId: d.draftId });
                            }}
                          >
                            Đổi tên<span className="visually-hidden"> bản nháp “{name}”</span>
                          </button>
                          <button
                            type="button"
                            className="rf-button rf-button--secondary"
                            onClick={() => {
                              setSaid(null);
                              setPanel({ kind: 'delete', draftId: d.draftId });
                            }}
                          >
                            Xóa<span className="visually-hidden"> bản nháp “{name}”</span>
                          </button>
                        </div>
                      )}
                    </li>
                  );
                })}
              </ul>
              <p>
                <a href={reportHref({ templateId: template.id, draftId: NEW_DRAFT })} className="rf-drafts__new">
                  {draftActions.newDraft}
                  <span className="visually-hidden"> theo mẫu “{template.title}”</span>
                </a>
              </p>
            </div>
          ))}
          {groups.length > 0 &&
            (panel?.kind === 'deleteAll' ? (
              <div className="rf-confirm" role="group" aria-labelledby={`${id}-all`}>
                <p id={`${id}-all`}>
                  Xóa hẳn {drafts.length === 1 ? 'bản nháp' : `cả ${drafts.length} bản nháp`} trên máy này? Không lấy
                  lại được.
                </p>
                <button type="button" className="rf-button rf-button--warning" onClick={removeAll}>
                  Có, xóa tất cả
                </button>
                <button type="button" className="rf-button rf-button--secondary" onClick={() => setPanel(null)}>
                  Không, giữ lại
                </button>
              </div>
            ) : (
              <p>
                <button
                  type="button"
                  className="rf-button rf-button--secondary"
                  onClick={() => {
                    setSaid(null);
                    setPanel({ kind: 'deleteAll' });
                  }}
                >
                  {draftActions.removeAll}
                </button>
              </p>
            ))}
        </section>
      )}
      {fileView}
    </>
  );
}
