import { useId, useState } from 'react';
import { inAppName, type InAppBrowser } from '~/lib/report/browser-env';

interface Props {
  app: InAppBrowser;
  /** "start": before the member begins; "download": beside the download button. */
  where: 'start' | 'download';
}

/** Said plainly inside an app's built-in browser: files made here are usually not saved, and how to get out. */
export default function InAppNotice({ app, where }: Props) {
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
      <h2 id={`${id}-h`}>{where === 'start' ? `Đồng chí đang mở trang trong ${name}` : `Trong ${name}, tệp có thể không được lưu`}</h2>
      <p>
        Trình duyệt có sẵn trong {name} thường không lưu được tệp do trang tạo ra, kể cả khi không báo lỗi. Để tải tệp Word, hãy mở trang này
        bằng trình duyệt của máy:
      </p>
      <ul>
        <li>Điện thoại Android: bấm nút ba chấm (⋯ hoặc ⋮), thường ở góc trên bên phải, rồi chọn mục mở bằng trình duyệt (Chrome).</li>
        <li>iPhone: bấm nút ba chấm (⋯), thường ở góc trên hoặc dưới bên phải, rồi chọn mục mở bằng trình duyệt (Safari).</li>
      </ul>
      <p>
        {where === 'start'
          ? 'Nếu vẫn soạn ở đây: đến bước cuối, bấm “Chép toàn bộ báo cáo” rồi dán vào tin nhắn hoặc ghi chú, hoặc bấm “Gửi qua ứng dụng khác”, hoặc “In giấy tờ”.'
          : 'Cách nào cũng dùng được ở đây: “Chép toàn bộ báo cáo”, “Gửi qua ứng dụng khác” hoặc “In giấy tờ” ở dưới.'}
      </p>
      {where === 'start' && (
        <p>
          <button type="button" className="rf-button rf-button--secondary" onClick={() => void copyAddress()}>Chép địa chỉ trang</button>{' '}
          <span role="status">
            {copied === true && 'Đã chép địa chỉ. Mở trình duyệt của máy, dán vào ô địa chỉ.'}
            {copied === false && `Không chép được. Địa chỉ trang: ${location.href}`}
          </span>
        </p>
      )}
    </section>
  );
}
