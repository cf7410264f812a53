import { useEffect, useRef } from 'react';

export interface SummaryError {
  id: string;
  message: string;
}

interface Props {
  errors: SummaryError[];
  /** Called with a field id when the member follows a link; the form shows and focuses that field. */
  onFollow: (fieldId: string) => void;
}

/** The list of problems at the top of a step; it takes focus so screen readers read it first. */
export default function ErrorSummary({ errors, onFollow }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), [errors]);
  return (
    <div className="rf-error-summary" ref={ref} tabIndex={-1} role="alert" aria-labelledby="rf-error-title">
      <h2 id="rf-error-title">Cần sửa trước khi đi tiếp</h2>
      <ul>
        {errors.map((e) => (
          <li key={e.id}>
            <a
              href={`#f-${e.id}`}
              onClick={(event) => {
                event.preventDefault();
                onFollow(e.id);
              }}
            >
              {e.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
