import { useCallback, useEffect, useState } from 'react';
import type { Step } from '~/lib/report/steps';
import type { SummaryError } from '../steps/ErrorSummary';
import { fieldErrors, type AnswersForm } from '../steps/useAnswers';

/**
 * On the way into the check page, every answer is checked again (a "Sửa" may have left one invalid), so
 * the page only shows what came of it. `failed`: the check's code could not be downloaded; `retry` tries again.
 */
export function useFinalCheck(active: boolean, form: AnswersForm, steps: readonly Step[]) {
  const [problems, setProblems] = useState<SummaryError[]>([]);
  const [failed, setFailed] = useState(false);
  const { trigger } = form;
  const run = useCallback(() => {
    setFailed(false);
    trigger().then(
      (ok) =>
        setProblems(
          ok
            ? []
            : fieldErrors(
                form,
                steps.flatMap((s) => s.fields),
              ),
        ),
      () => setFailed(true),
    );
    // `form` is read when the check is done, not a reason to run it again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [trigger, steps]);
  useEffect(() => {
    if (!active) return;
    setProblems([]);
    run();
  }, [active, run]);
  return { problems, failed, retry: run };
}
