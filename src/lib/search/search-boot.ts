/**
 * The only search code every page loads (a few hundred bytes): it waits for the member to
 * focus the header box or press "/", then imports the real search code. On a page opened from
 * a result (`?tu-khoa=…`) it imports the small highlighter instead.
 */
import { HIGHLIGHT_PARAM } from './types';

const box = document.querySelector<HTMLInputElement>('[data-search-box]');
let started: Promise<void> | undefined;
const start = () => (started ??= import('./search-box').then((m) => box && m.attachSearchBox(box)));

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

if (new URLSearchParams(location.search).has(HIGHLIGHT_PARAM)) {
  void import('./highlight').then((m) => m.highlightFromUrl());
}
