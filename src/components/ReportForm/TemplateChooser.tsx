import { useState } from 'react';
import type { ReportTemplate } from '../../lib/document/template-schema';

interface Props {
  templates: ReportTemplate[];
  /** Saved time of each template's draft on this device. */
  drafts: Map<string, string>;
  onChoose: (id: string) => void;
}

const groups = [
  { legend: 'Báo cáo tự rà soát của đảng viên', kinds: ['self-review'] },
  { legend: 'Giấy tờ của buổi sinh hoạt (cho bí thư, thư ký)', kinds: ['session-programme', 'session-record'] },
];

/** Step 0: which paper to draft. Radios, one question, GOV.UK style. */
export function TemplateChooser({ templates, drafts, onChoose }: Props) {
  const [chosen, setChosen] = useState<string>('');
  const [error, setError] = useState(false);
  return (
    <form
      className="rf-chooser"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        if (chosen) onChoose(chosen);
        else setError(true);
      }}
    >
      {error && (
        <div className="rf-error-summary" role="alert" aria-labelledby="rf-choose-err-h">
          <h2 id="rf-choose-err-h">Cần sửa trước khi đi tiếp</h2>
          <ul><li><a href={`#mau-${templates[0]?.id ?? ''}`}>Hãy chọn một mẫu giấy tờ</a></li></ul>
        </div>
      )}
      <h2>Bạn muốn soạn giấy tờ nào?</h2>
      {groups.map((g) => (
        <fieldset key={g.legend} className="rf-radios" aria-describedby={error ? 'rf-choose-err' : undefined}>
          <legend>{g.legend}</legend>
          {templates
            .filter((t) => g.kinds.includes(t.kind))
            .map((t) => (
              <div key={t.id} className="rf-radio">
                <input type="radio" name="mau" id={`mau-${t.id}`} value={t.id} checked={chosen === t.id} onChange={() => { setChosen(t.id); setError(false); }} aria-describedby={`mau-${t.id}-hint`} />
                <label htmlFor={`mau-${t.id}`}>{t.title}</label>
                <p className="rf-hint" id={`mau-${t.id}-hint`}>
                  {t.audience}
                  {drafts.has(t.id) && (
                    <strong> Có bản nháp trên máy này, lưu lúc {new Date(drafts.get(t.id)!).toLocaleString('vi-VN', { hour: '2-digit', minute: '2-digit', day: 'numeric', month: 'numeric' })}.</strong>
                  )}
                </p>
              </div>
            ))}
        </fieldset>
      ))}
      {error && <p className="rf-error" id="rf-choose-err">Hãy chọn một mẫu giấy tờ.</p>}
      <button type="submit" className="rf-button">Bắt đầu</button>
    </form>
  );
}
