import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { buildDocument } from '~/lib/report/model';
import { finalCheckFailedMessage } from './check-messages';
import { RetryAlert } from '../shared/lazy-part';
import type { Answers } from '~/lib/report/fields';
import type { WhatWorks } from '~/lib/report/browser-env';
import type { Step } from '~/lib/report/steps';
import type { AnyField, ReportTemplate } from '~/schemas/report-template';
import ErrorSummary, { type SummaryError } from '../steps/ErrorSummary';
import { ExportActions } from './ExportActions';
import InAppNotice from './InAppNotice';
import { ListenBack } from './ListenBack';
import { PrintDocument } from './PrintDocument';

interface Props {
  template: ReportTemplate;
  steps: Step[];
  values: Answers;
  /** The page's heading ("Bước 9/9: …"), focused on arrival by the form. */
  heading: ReactNode;
  /** What works where the page is open (an app's built-in browser: only the copy). */
  works: WhatWorks;
  /** Validates every field; resolves true when all is well. */
  validate: () => Promise<boolean>;
  errorsOf: (fields: AnyField[]) => SummaryError[];
  onEdit: (fieldId: string) => void;
  onBack: () => void;
}

/** Check your answers, then download the .docx, copy, share or print. */
export default function CheckAnswers({ template, steps, values, heading, works, validate, errorsOf, onEdit, onBack }: Props) {
  const model = useMemo(() => buildDocument(template, values), [template, values]);
  const [problems, setProblems] = useState<SummaryError[]>([]);
  // The check's code could not be downloaded (only when this page was opened directly, e.g. by a reload).
  const [checkFailed, setCheckFailed] = useState(false);
  const check = () => {
    setCheckFailed(false);
    validate().then(
      (ok) => setProblems(ok ? [] : errorsOf(steps.flatMap((s) => s.fields))),
      () => setCheckFailed(true),
    );
  };

  // Once, on arrival: a "Sửa" may have left an answer invalid, so check everything before the download.
  // Runs on arrival only.
  useEffect(check, []);

  return (
    <div className="rf-check" data-check-answers>
      <div className="no-print">
        {problems.length > 0 && <ErrorSummary errors={problems} onFollow={onEdit} />}
        {heading}
        {checkFailed && <RetryAlert message={finalCheckFailedMessage} onRetry={check} />}
        <p>Đọc lại các câu trả lời. Muốn sửa câu nào, bấm “Sửa” bên cạnh câu đó.</p>
        <ListenBack steps={steps} values={values} />
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
        <h3>{works.files ? 'Tải về, chép, gửi hoặc in' : 'Chép báo cáo'}</h3>
        {works.files && (
          <p>
            Tệp Word (.docx) mở được bằng Word hoặc LibreOffice để sửa tiếp và in. Trình bày theo thể thức văn bản của Đảng trong
            phạm vi các nguồn trang này có; chi bộ có thể yêu cầu cách trình bày khác, kể cả phần ký tên.
          </p>
        )}
        {works.inApp && <InAppNotice app={works.inApp} where="download" />}
        <ExportActions model={model} title={template.title} disabled={problems.length > 0} works={works} onBack={onBack} />
        <h3>Bản xem trước</h3>
      </div>
      <PrintDocument model={model} />
    </div>
  );
}
