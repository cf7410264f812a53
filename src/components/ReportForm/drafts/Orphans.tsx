import type { OrphanAnswer } from '~/lib/report/draft';

interface Props {
  orphans: OrphanAnswer[];
  onDismiss: (index: number) => void;
}

/** Text from a draft that no longer has a question (the template changed). Shown, never dropped silently. */
export default function Orphans({ orphans, onDismiss }: Props) {
  return (
    <section className="rf-warning-box no-print" aria-labelledby="rf-orphans-h">
      <h2 id="rf-orphans-h">Có phần chữ chưa có chỗ trong mẫu mới</h2>
      <p>
        Mẫu này đã được sửa từ khi đồng chí lưu bản nháp. Những đoạn dưới đây không còn câu hỏi tương ứng. Hãy chép sang
        câu trả lời phù hợp, rồi bấm “Đã chép xong”.
      </p>
      {orphans.map((o, i) => (
        <div key={`${o.id}-${i}`} className="rf-field">
          <label className="rf-label" htmlFor={`rf-orphan-${i}`}>
            Đoạn chữ cũ ({o.id})
          </label>
          <textarea id={`rf-orphan-${i}`} readOnly rows={4} value={o.text} />
          <button type="button" className="rf-button rf-button--secondary" onClick={() => onDismiss(i)}>
            Đã chép xong, bỏ đoạn này
          </button>
        </div>
      ))}
    </section>
  );
}
