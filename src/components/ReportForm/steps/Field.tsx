import { useState } from 'react';
import { isLongPaste, LONG_PASTE_NOTE } from './paste';
import { measuredLength } from '~/lib/report/sanitize';
import type { AnyField } from '~/schemas/report-template';
import { CharCount } from './CharCount';
import type { Registration } from './useAnswers';

interface Props {
  field: AnyField;
  register: (id: string) => Registration;
  /** The answer as typed. */
  value: string;
  error: string | undefined;
}

/** One question, GOV.UK style: label as a question, hint, error, the input, then the guiding questions. */
export function Field({ field, register, value, error }: Props) {
  const id = `f-${field.id}`;
  const [pastedLong, setPastedLong] = useState(false);
  // Counted as the document will count it (after normalising), so the number matches the rule.
  const length = measuredLength(value);
  const describedBy = [
    field.hint && `${id}-hint`,
    field.guidingQuestions.length > 0 && `${id}-gq`,
    error && `${id}-error`,
    field.type === 'textarea' && `${id}-count`,
  ]
    .filter(Boolean)
    .join(' ');
  const common = {
    id,
    'aria-describedby': describedBy || undefined,
    'aria-invalid': error ? true : undefined,
    ...register(field.id),
  };
  return (
    <div className={error ? 'rf-field rf-field--error' : 'rf-field'} data-field={field.id}>
      <label className="rf-label" htmlFor={id}>
        {field.label}
        {!field.required && <span className="rf-optional"> (không bắt buộc)</span>}
      </label>
      {field.hint && (
        <p className="rf-hint" id={`${id}-hint`}>
          {field.hint}
        </p>
      )}
      {error && (
        <p className="rf-error" id={`${id}-error`}>
          <span className="visually-hidden">Lỗi: </span>
          {error}
        </p>
      )}
      {field.type === 'textarea' ? (
        <textarea
          rows={7}
          spellCheck
          {...common}
          onPaste={(e) => isLongPaste(e.clipboardData.getData('text')) && setPastedLong(true)}
        />
      ) : (
        <input
          type={field.type === 'date' ? 'date' : 'text'}
          autoComplete={field.id === 'hoTen' ? 'name' : 'off'}
          {...common}
        />
      )}
      {field.type === 'textarea' && (
        <p className="rf-note" role="status" data-paste-note>
          {pastedLong ? LONG_PASTE_NOTE : ''}
        </p>
      )}
      {field.type === 'textarea' && <CharCount id={`${id}-count`} length={length} max={field.maxLength} />}
      {/* Under the box, so the box is on the first screen after "Tiếp tục"; the box's description still reads them first. */}
      {field.guidingQuestions.length > 0 && (
        <div className="rf-questions" id={`${id}-gq`}>
          <p>Gợi ý để đồng chí suy nghĩ (không phải câu trả lời mẫu):</p>
          <ul>
            {field.guidingQuestions.map((q) => (
              <li key={q}>{q}</li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
