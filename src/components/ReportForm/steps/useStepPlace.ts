import { useEffect, useState } from 'react';
import { placeFromSearch, searchForPlace, stepLabelParts, type Place, type Step } from '~/lib/report/steps';

/** The address the form starts from (none while the page is built: the first step). */
const currentSearch = () => (typeof location === 'undefined' ? '' : location.search);

/**
 * Where the member is in one template's steps, and its address: every move is a new history entry
 * (`?mau=…&nhap=…&buoc=…`), so Back, Forward, a reload and a reopened tab land on the same step.
 */
export function useStepPlace(templateId: string, steps: readonly Step[], draftId: string) {
  const [place, setPlace] = useState<Place>(() => placeFromSearch(currentSearch(), steps));
  useEffect(() => {
    const onPop = () => setPlace(placeFromSearch(location.search, steps));
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, [steps]);
  const go = (next: Place) => {
    history.pushState(null, '', searchForPlace(templateId, next, steps, draftId));
    setPlace(next);
  };
  return { place, go, label: stepLabelParts(place, steps), onCheckPage: place.index >= steps.length };
}
