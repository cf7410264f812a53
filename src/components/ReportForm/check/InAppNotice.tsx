import { useId, useState, type ReactNode } from 'react';
import { inAppName, type InAppBrowser } from '~/lib/report/browser-env';
import { draftActions } from '~/lib/report/draft-actions';

interface Props {
  app: InAppBrowser;
  /** "start": before the member begins (start page, first step); "download": on the check page. */
  where: 'start' | 'download';
  /** On the form: the control that carries the draft to the phone's browser. */
  children?: ReactNode;
}

/**
 * Said plainly inside an app's built-in browser: what works here (typing, and copying the text), what
 * does not (the Word file, print, sharing), how to open the page in the phone's browser, and that the
 * draft stays in the app unless the member carries it across. It names only controls on the screen.
 */
export default function InAppNotice({ app, where, children }: Props) {
  const id = useId();
  const name = inAppName[app];
  const [copied, setCopied] = useState<boolean | null>(null);
  const copyAddress = () =>
    navigator.clipboard?.writeText(location.href).then(
      () => setCopied(true),
      () => setCopied(false),
    ) ?? setCopied(false);
  return (
    <section className="rf-warning-box no-print" aria-labelledby={`${id}-h`} data-in-app-notice={app}>
      <h2 id={`${id}-h`}>
        {where === 'start' ? `Đồng chí đang mở trang trong ${name}` : `Trong ${name}, chỉ chép được báo cáo`}
      </h2>
      {where === 'start' ? (
        <p>
          Ở đây đồng chí soạn được báo cáo, rồi đến bước cuối bấm “Chép toàn bộ báo cáo” để dán vào tin nhắn hoặc ghi
          chú. Trình duyệt có sẵn trong {name} không lưu được tệp do trang tạo ra và không in được.
        </p>
      ) : (
        <p>
          Trình duyệt có sẵn trong {name} không lưu được tệp do trang tạo ra và không in được, nên ở đây không có nút
          tải tệp Word hay in. Bấm “Chép toàn bộ báo cáo” dưới đây rồi dán vào tin nhắn hoặc ghi chú.
        </p>
      )}
      <p>Để tải tệp Word hoặc in, hãy mở trang này bằng trình duyệt của máy:</p>
      <ul>
        <li>
          Điện thoại Android: bấm nút ba chấm (⋯ hoặc ⋮), thường ở góc trên bên phải, rồi chọn mục mở bằng trình duyệt
          (Chrome).
        </li>
        <li>
          iPhone: bấm nút ba chấm (⋯), thường ở góc trên hoặc dưới bên phải, rồi chọn mục mở bằng trình duyệt (Safari).
        </li>
      </ul>
      <p>
        <strong>Bản nháp không tự đi theo:</strong> những gì đồng chí gõ ở đây chỉ nằm trong {name}, trình duyệt kia sẽ
        mở ra các ô trống.
        {children
          ? ` Trước khi chuyển, bấm “${draftActions.copyText}”, rồi ở trình duyệt kia bấm “${draftActions.pasteText}” và dán vào.`
          : ' Trong khi soạn, phần “Bản nháp” ở cuối trang có cách chép bản nháp để mang sang.'}
      </p>
      {children}
      {where === 'start' && (
        <p>
          <button type="button" className="rf-button rf-button--secondary" onClick={() => void copyAddress()}>
            Chép địa chỉ trang
          </button>{' '}
          <span role="status">
            {copied === true && 'Đã chép địa chỉ. Mở trình duyệt của máy, dán vào ô địa chỉ.'}
            {copied === false && `Không chép được. Địa chỉ trang: ${location.href}`}
          </span>
        </p>
      )}
    </section>
  );
}
