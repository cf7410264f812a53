import { useEffect, useMemo, useState, type RefObject } from 'react';
import { buildDocument } from '~/lib/report/model';
import type { AnyField, ReportTemplate } from '~/schemas/report-template';
import { ErrorSummary, type SummaryError } from './ErrorSummary';
import type { Step } from './FormFlow';
import { PrintDocument } from './PrintDocument';
import type { FormValues } from '~/lib/report/form-schema';

interface Props {
  template: ReportTemplate;
  steps: Step[];
  values: FormValues;
  headingRef: RefObject<HTMLHeadingElement | null>;
  /** Validates every field; resolves true when all is well. */
  validate: () => Promise<boolean>;
  errorsOf: (fields: AnyField[]) => SummaryError[];
  onEdit: (fieldId: string) => void;
  onBack: () => void;
}

type Status = { kind: 'idle' } | { kind: 'working' } | { kind: 'done'; name: string } | { kind: 'failed' };

/** Check your answers, then download the .docx or print. */
export default function CheckAnswers({ template, steps, values, headingRef, validate, errorsOf, onEdit, onBack }: Props) {
  const model = useMemo(() => buildDocument(template, values), [template, values]);
  const [problems, setProblems] = useState<SummaryError[]>([]);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });

  // Once, on arrival: a "Sửa" may have left an answer invalid, so check everything before the download.
  useEffect(() => {
    void validate().then((ok) => setProblems(ok ? [] : errorsOf(steps.flatMap((s) => s.fields))));
  }, []);

  const download = async () => {
    setStatus({ kind: 'working' });
    try {
      // The .docx writer is heavy: it loads only now, when the member asks for the file.
      const { renderDocx } = await import('~/lib/report/docx');
      const blob = await renderDocx(model);
      const name = `${model.fileName}.docx`;
      const a = document.createElement('a');
      a.href = URL.createObjectURL(blob);
      a.download = name;
      a.click();
      setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
      setStatus({ kind: 'done', name });
    } catch {
      setStatus({ kind: 'failed' });
    }
  };

  return (
    <div className="rf-check">
      <div className="no-print">
        {problems.length > 0 && <ErrorSummary errors={problems} onFollow={onEdit} />}
        <p className="rf-progress">Bước {steps.length + 1} trên {steps.length + 1}</p>
        <h2 ref={headingRef} tabIndex={-1}>Kiểm tra lại trước khi tải về</h2>
        <p>Đọc lại các câu trả lời. Muốn sửa câu nào, bấm “Sửa” bên cạnh câu đó.</p>
        {steps.map((step) => (
          <section key={step.id} aria-labelledby={`rf-sum-${step.id}`}>
            <h3 id={`rf-sum-${step.id}`}>{step.title}</h3>
            <dl className="rf-summary">
              {step.fields.map((f) => (
                <div key={f.id} className="rf-summary__row">
                  <dt>{f.label}</dt>
                  <dd className="rf-summary__value">{values[f.id]?.trim() ? values[f.id] : <span className="muted">Chưa trả lời</span>}</dd>
                  <dd className="rf-summary__action">
                    <a href={`#f-${f.id}`} onClick={(e) => { e.preventDefault(); onEdit(f.id); }}>
                      Sửa<span className="visually-hidden"> câu trả lời “{f.label}”</span>
                    </a>
                  </dd>
                </div>
              ))}
            </dl>
          </section>
        ))}
        <h3>Tải về hoặc in</h3>
        <p>
          Tệp Word (.docx) mở được bằng Word hoặc LibreOffice để sửa tiếp và in. Trình bày theo thể thức văn bản của Đảng trong
          phạm vi các nguồn trang này có; chi bộ có thể yêu cầu cách trình bày khác, kể cả phần ký tên.
        </p>
        <div className="rf-actions">
          <button type="button" className="rf-button" disabled={problems.length > 0 || status.kind === 'working'} onClick={() => void download()}>
            Tải tệp Word (.docx)
          </button>
          <button type="button" className="rf-button rf-button--secondary" disabled={problems.length > 0} onClick={() => window.print()}>
            In giấy tờ
          </button>
          <button type="button" className="rf-button rf-button--secondary" onClick={onBack}>Quay lại</button>
        </div>
        <p role="status" className="rf-saved">
          {status.kind === 'working' && 'Đang tạo tệp Word…'}
          {status.kind === 'done' && `Đã tạo tệp ${status.name}. Tệp nằm trong thư mục tải về của máy.`}
        </p>
        {status.kind === 'failed' && (
          <p role="alert" className="rf-error">Không tạo được tệp Word. Bản nháp vẫn còn nguyên; hãy thử lại, hoặc bấm “In giấy tờ”.</p>
        )}
        <h3>Bản xem trước</h3>
      </div>
      <PrintDocument model={model} />
    </div>
  );
}
