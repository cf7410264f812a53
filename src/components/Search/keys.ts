/**
 * Arrow-key movement between result links: ArrowDown in the search input goes to the first
 * link, ArrowUp/ArrowDown move between links, ArrowUp on the first link returns to the input.
 * Tab keeps working as usual because the links are ordinary links.
 */
export function arrowNavigation(input: HTMLInputElement, container: HTMLElement): void {
  const links = () =>
    [...container.querySelectorAll<HTMLAnchorElement>('a[href]')].filter((a) => a.offsetParent !== null);

  input.addEventListener('keydown', (e) => {
    if (e.key !== 'ArrowDown') return;
    const first = links()[0];
    if (first) {
      e.preventDefault();
      first.focus();
    }
  });

  container.addEventListener('keydown', (e) => {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    const all = links();
    const i = all.indexOf(document.activeElement as HTMLAnchorElement);
    if (i < 0) return;
    e.preventDefault();
    const next = e.key === 'ArrowDown' ? all[Math.min(i + 1, all.length - 1)] : i === 0 ? input : all[i - 1];
    next?.focus();
  });
}

/** Keys that act on the search (submit, move through results, close or clear) and must wait for the IME. */
const COMPOSING_KEYS = new Set(['Enter', 'Escape', 'ArrowDown', 'ArrowUp']);

/**
 * Vietnamese keyboards (Telex, VNI, and the phone keyboards) compose a word in place: while a composition is in
 * progress, Enter, Escape and the arrows belong to the keyboard. They never submit, move through the results,
 * close the panel or clear the box then: the key event is stopped before any of this site's handlers, and its
 * default action (a form submission, a type="search" box clearing itself) is prevented. A submission that
 * arrives while composing is held back too. Call before any other keydown listener is added to `input`.
 */
export function guardComposition(input: HTMLInputElement): void {
  let composing = false;
  input.addEventListener('compositionstart', () => (composing = true));
  input.addEventListener('compositionend', () => (composing = false));
  // Safari ends the composition before the key that commits it, which then reports keyCode 229.
  const busy = (e: KeyboardEvent) => e.isComposing || e.keyCode === 229 || composing;
  input.addEventListener(
    'keydown',
    (e) => {
      if (!COMPOSING_KEYS.has(e.key) || !busy(e)) return;
      e.preventDefault();
      e.stopImmediatePropagation();
    },
    { capture: true },
  );
  input.form?.addEventListener(
    'submit',
    (e) => {
      if (!composing) return;
      e.preventDefault();
      e.stopImmediatePropagation();
    },
    { capture: true },
  );
}
