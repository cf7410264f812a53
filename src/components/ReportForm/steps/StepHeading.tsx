import type { Ref } from 'react';
import type { StepLabel } from '~/lib/report/steps';

/** A step's heading, "Bước 3/9: Trung thành với Đảng", focused on arrival. */
export function StepHeading({ label, headingRef }: { label: StepLabel; headingRef: Ref<HTMLHeadingElement> }) {
  return (
    <h2 ref={headingRef} tabIndex={-1} data-step-heading>
      <span className="rf-step-number">{label.number}: </span>
      {label.title}
    </h2>
  );
}
