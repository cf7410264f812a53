import { useCallback, useEffect, useRef } from 'react';
import type { Place } from '~/lib/report/steps';
import { pageTitle } from '../start/page-title';

interface Options {
  /** Quiets the draft notices that were news on the last step. */
  quiet: () => void;
  /** Focuses a field by id. */
  focusField: (id: string) => void;
}

/**
 * Every arrival (a new step, Back, Forward, a reload): the title says the step; focus goes to the
 * heading, or to the field a "Sửa" link named; the heading comes to the top of the screen.
 */
export function useArrivalFocus(place: Place, title: string, { quiet, focusField }: Options) {
  const heading = useRef<HTMLHeadingElement | null>(null);
  /** An arrival whose heading has not been focused yet (the check page loads its code first). */
  const arriving = useRef(true);
  const fieldOnArrival = useRef<string | null>(null);

  const firstArrival = useRef(true);

  const focusHeading = useCallback((el: HTMLHeadingElement | null) => {
    if (!el || !arriving.current) return;
    arriving.current = false;
    // The page's own copy of the step was there before the island (first-step.ts): focus is already
    // where the page put it, or where the member went since. Leave it.
    if (firstArrival.current && el.closest('[data-report-flow]')?.contains(document.activeElement)) return;
    el.focus({ preventScroll: true });
    // After the frame that paints the step at its full height: scrolling in the same frame as the page
    // grows would count the content below as shifted (CLS).
    requestAnimationFrame(() => requestAnimationFrame(() => el.scrollIntoView({ block: 'start' })));
  }, []);

  useEffect(() => {
    document.title = `${title} – ${pageTitle}`;
    quiet();
    const field = fieldOnArrival.current;
    fieldOnArrival.current = null;
    if (field) {
      focusField(field);
      document.getElementById(`f-${field}`)?.scrollIntoView({ block: 'center' });
      arriving.current = false;
    } else {
      arriving.current = true;
      focusHeading(heading.current);
    }
    firstArrival.current = false;
    // Runs on arrival only: the place is what changed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [place]);

  const headingRef = useCallback(
    (el: HTMLHeadingElement | null) => {
      heading.current = el;
      focusHeading(el);
    },
    [focusHeading],
  );
  /** The next arrival focuses this field instead of the heading (a "Sửa" link). */
  const focusOnArrival = (fieldId: string) => {
    fieldOnArrival.current = fieldId;
  };
  return { heading, headingRef, focusOnArrival };
}
