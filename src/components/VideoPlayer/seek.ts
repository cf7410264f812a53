/**
 * Makes the chapter and transcript links seek the player instead of opening the file, and starts the player
 * where the address asks: "#t=95", "?t=95", or "#chuong-3" (a transcript heading, where search results land).
 * Without JavaScript the links still work: they open the file at that second (a media fragment).
 */
import { startTimeFromUrl } from '~/lib/video';

export function startSeeking(): void {
  const video = document.querySelector<HTMLVideoElement>('video[data-video-player]');
  if (!video) return;

  /** Before the member presses Play this only records the start; nothing is downloaded. */
  const seek = (seconds: number) => {
    video.currentTime = Math.min(seconds, Number.isFinite(video.duration) ? video.duration : seconds);
  };

  const startFromAddress = () => {
    const time = startTimeFromUrl(location.search, location.hash);
    if (time !== undefined) return seek(time);
    const target =
      location.hash.length > 1 ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
    const chapterTime = target?.dataset['time'];
    if (chapterTime !== undefined) seek(Number(chapterTime));
  };

  document.addEventListener('click', (event) => {
    if (
      event.defaultPrevented ||
      event.button !== 0 ||
      event.metaKey ||
      event.ctrlKey ||
      event.shiftKey ||
      event.altKey
    )
      return;
    const link = (event.target as Element | null)?.closest<HTMLAnchorElement>('a[data-seek]');
    if (!link) return;
    event.preventDefault();
    seek(Number(link.dataset['seek']));
    // The click is the member's own gesture, so the browser allows playback with sound.
    video.play().catch(() => {});
    const box = video.getBoundingClientRect();
    if (box.top < 0 || box.bottom > window.innerHeight)
      video.scrollIntoView({
        block: 'start',
        behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth',
      });
    video.focus({ preventScroll: true });
  });

  window.addEventListener('hashchange', startFromAddress);
  startFromAddress();
}
