import type { ReactNode } from 'react';
import { formatMoment } from '~/lib/format';
import { whatWorksHere } from '~/lib/report/browser-env';
import { listDrafts } from '~/lib/report/storage';
import InAppNotice from '../check/InAppNotice';
import { useTemplates } from './templates-context';

interface Props {
  /** What came of a draft file chosen with the start page's file input (the island renders it). */
  fileView: ReactNode;
}

/**
 * Before any template is chosen: the in-app browser notice, the drafts kept on this device with their
 * dates, and what came of a draft file chosen with the page's own "Mở bản nháp từ tệp" input (the
 * island sits right above that input).
 */
export default function StartPage({ fileView }: Props) {
  const { inApp } = whatWorksHere();
  const { templates, ids } = useTemplates();
  const drafts = listDrafts(ids);
  return (
    <>
      {inApp && <InAppNotice app={inApp} where="start" />}
      {drafts.size > 0 && (
        <section className="rf-notice" aria-labelledby="rf-drafts-h" data-drafts-on-device>
          <h2 id="rf-drafts-h">Bản nháp trên máy này</h2>
          <ul>
            {templates.filter((t) => drafts.has(t.id)).map((t) => (
              <li key={t.id}>
                <a href={`?mau=${t.id}`}>{t.title}</a>, lưu lúc {formatMoment(drafts.get(t.id))}
              </li>
            ))}
          </ul>
        </section>
      )}
      {fileView}
    </>
  );
}
