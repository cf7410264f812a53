import { useState } from 'react';
import { useWatch, type Control, type UseFormRegister } from 'react-hook-form';
import { isLongPaste, LONG_PASTE_NOTE } from '~/lib/report/paste';
import { measuredLength } from '~/lib/report/sanitize';
import type { AnyField } from '~/schemas/report-template';
import type { FormValues } from '~/lib/report/form-schema';

interface Props {
  field: AnyField;
  register: UseFormRegister<FormValues>;
  control: Control<FormValues>;
  error: string | undefined;
}

const vi = (n: number) => n.toLocaleString('vi-VN');

/** One question, GOV.UK style: label as a question, hint, guiding questions, error, then the input. */
export function Field({ field, register, control, error }: Props) {
  const id = `f-${field.id}`;
  const value = useWatch({ control, name: field.id }) ?? '';
  const [pastedLong, setPastedLong] = useState(false);
  // Counted as the document will count it (after normalising), so the number matches the rule.
  const over = measuredLength(value) - field.maxLength;
  const describedBy = [field.hint && `${id}-hint`, field.guidingQuestions.length > 0 && `${id}-gq`, error && `${id}-error`, field.type === 'textarea' && `${id}-count`]
    .filter(Boolean)
    .join(' ');
  const common = { id, 'aria-describedby': describedBy || undefined, 'aria-invalid': error ? true : undefined, ...register(field.id) };
  return (
    <div className={error ? 'rf-field rf-field--error' : 'rf-field'}>
      <label className="rf-label" htmlFor={id}>
        {field.label}
        {!field.required && <span className="rf-optional"> (không bắt buộc)</span>}
      </label>
      {field.hint && <p className="rf-hint" id={`${id}-hint`}>{field.hint}</p>}
      {field.guidingQuestions.length > 0 && (
        <div className="rf-questions" id={`${id}-gq`}>
          <p>Gợi ý để đồng chí suy nghĩ (không phải câu trả lời mẫu):</p>
          <ul>{field.guidingQuestions.map((q) => <li key={q}>{q}</li>)}</ul>
        </div>
      )}
      {error && (
        <p className="rf-error" id={`${id}-error`}>
          <span className="visually-hidden">Lỗi: </span>
          {error}
        </p>
      )}
      {field.type === 'textarea' ? (
        <textarea rows={7} spellCheck {...common} onPaste={(e) => isLongPaste(e.clipboardData.getData('text')) && setPastedLong(true)} />
      ) : (
        <input type={field.type === 'date' ? 'date' : 'text'} autoComplete={field.id === 'hoTen' ? 'name' : 'off'} {...common} />
      )}
      {field.type === 'textarea' && (
        <p className="rf-note" role="status" data-paste-note>
          {pastedLong ? LONG_PASTE_NOTE : ''}
        </p>
      )}
      {field.type === 'textarea' && (
        <p className={over > 0 ? 'rf-count rf-count--over' : 'rf-count'} id={`${id}-count`}>
          {over > 0 ? `Quá ${vi(over)} ký tự (tối đa ${vi(field.maxLength)})` : `Còn ${vi(-over)} ký tự (tối đa ${vi(field.maxLength)})`}
        </p>
      )}
    </div>
  );
}
