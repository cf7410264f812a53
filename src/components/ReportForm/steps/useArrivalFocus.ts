import { useCallback, useEffect, useRef } from 'react';
import type { Place } from '~/lib/report/steps';
import { pageTitle } from '../start/page-title';

interface Options {
  /** Focuses a field by id. */
  focusField: (id: string) => void;
  /** On the first arrival, what comes to the top of the screen when it is there (the notice above the heading). */
  firstInView?: () => HTMLElement | null;
}

/**
 * Every arrival (a new step, Back, Forward, a reload): the title says the step; focus goes to the
 * heading, or to the field a "Sửa" link named, or back to that link ("Lưu và quay lại"); the heading
 * comes to the top of the screen, a field or link to its middle.
 */
export function useArrivalFocus(place: Place, title: string, { focusField, firstInView }: Options) {
  const heading = useRef<HTMLHeadingElement | null>(null);
  /** An arrival whose heading has not been focused yet (the check page loads its code first). */
  const arriving = useRef(true);
  const fieldOnArrival = useRef<string | null>(null);
  const elementOnArrival = useRef<string | null>(null);

  const firstArrival = useRef(true);

  const focusHeading = useCallback((el: HTMLHeadingElement | null) => {
    if (!el || !arriving.current) return;
    arriving.current = false;
    // The page's own copy of the step was there before the island (first-step.ts): focus is already
    // where the page put it, or where the member went since. Leave it.
    if (firstArrival.current && el.closest('[data-report-flow]')?.contains(document.activeElement)) return;
    el.focus({ preventScroll: true });
    // A draft just opened (of another template, say) says so above the heading: that comes into sight too.
    const top = (firstArrival.current && firstInView?.()) || el;
    // After the frame that paints the step at its full height: scrolling in the same frame as the page
    // grows would count the content below as shifted (CLS).
    requestAnimationFrame(() => requestAnimationFrame(() => top.scrollIntoView({ block: 'start' })));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    document.title = `${title} – ${pageTitle}`;
    const field = fieldOnArrival.current;
    const back = elementOnArrival.current;
    fieldOnArrival.current = null;
    elementOnArrival.current = null;
    if (back && focusElement(back)) {
      arriving.current = false;
    } else if (field) {
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
  /** The next arrival focuses this element (the check page's "Sửa" link the member left by) instead of the heading. */
  const returnOnArrival = (elementId: string) => {
    elementOnArrival.current = elementId;
  };
  return { heading, headingRef, focusOnArrival, returnOnArrival };
}

/** Focuses an element by id and brings it to the middle of the screen, after the frame that paints the page. */
function focusElement(id: string): boolean {
  const el = document.getElementById(id);
  if (!el) return false;
  el.focus({ preventScroll: true });
  requestAnimationFrame(() => requestAnimationFrame(() => el.scrollIntoView({ block: 'center' })));
  return true;
}
