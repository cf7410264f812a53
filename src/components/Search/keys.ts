/**
 * Arrow-key movement between result links: ArrowDown in the search input goes to the first
 * link, ArrowUp/ArrowDown move between links, ArrowUp on the first link returns to the input.
 * Tab keeps working as usual because the links are ordinary links.
 */
export function arrowNavigation(input: HTMLInputElement, container: HTMLElement): void {
  const links = () => [...container.querySelectorAll<HTMLAnchorElement>('a[href]')].filter((a) => a.offsetParent !== null);

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
