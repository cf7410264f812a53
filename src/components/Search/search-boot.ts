/**
 * The only search code every page loads (about 1.4 KB gzipped, most of it Vite's import helper):
 * it waits for the member to focus the header box or press "/", then imports the real search
 * code. On a page opened from a result (`?tu-khoa=…`) it imports the small highlighter instead.
 *
 * It imports nothing eagerly, not even ./types, so that no shared chunk loads with it; the two
 * strings below repeat HEADER_BOX and HIGHLIGHT_PARAM from ./types (the e2e tests cover both paths).
 */
const box = document.querySelector<HTMLInputElement>('form[data-search-box] input[name="q"]');
let started: Promise<void> | undefined;
const start = () =>
  (started ??= import('./search-box').then((m) => {
    if (box) m.attachSearchBox(box);
  }));

if (box) {
  box.addEventListener('focus', start, { once: true });
  if (document.activeElement === box) void start();
}

document.addEventListener('keydown', (e) => {
  if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey || e.defaultPrevented) return;
  if ((e.target as Element).closest?.('input, textarea, select, [contenteditable]')) return;
  // On /tim-kiem/ the page's own box is the one to type in.
  const target = document.querySelector<HTMLInputElement>('[data-search-page-input]') ?? box;
  if (!target) return;
  e.preventDefault();
  target.focus();
  target.select();
});

if (new URLSearchParams(location.search).has('tu-khoa')) {
  void import('./highlight').then((m) => m.highlightFromUrl());
}
