/**
 * Video helpers shared by the video pages (at build time) and their seek script (in the browser).
 * Pure functions, no DOM, so the unit tests cover them.
 */

const pad2 = (n: number) => String(n).padStart(2, '0');

/** A time as players show it: 24 → "0:24", 169 → "2:49", 3725 → "1:02:05". */
export function formatClock(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor(s / 60) % 60;
  return h > 0 ? `${h}:${pad2(m)}:${pad2(s % 60)}` : `${m}:${pad2(s % 60)}`;
}

/** A length in words: 169 → "2 phút 49 giây", 60 → "1 phút", 45 → "45 giây". */
export function formatDuration(seconds: number): string {
  const s = Math.round(seconds);
  const h = Math.floor(s / 3600);
  const m = Math.floor(s / 60) % 60;
  const parts = [h && `${h} giờ`, m && `${m} phút`, s % 60 && `${s % 60} giây`].filter(Boolean);
  return parts.length ? parts.join(' ') : '0 giây';
}

/** ISO 8601 duration for <time datetime>: 169 → "PT2M49S". */
export function isoDuration(seconds: number): string {
  const s = Math.round(seconds);
  return `PT${Math.floor(s / 60) ? `${Math.floor(s / 60)}M` : ''}${s % 60 || s < 60 ? `${s % 60}S` : ''}`;
}

/** A file size the way a phone's data counter shows it: 1186392 → "1,2 MB" (never rounded down to "0,0"). */
export function formatMegabytes(bytes: number): string {
  const megabytes = Math.max(0.1, Math.round(bytes / 1e5) / 10);
  return `${megabytes.toFixed(1).replace('.', ',')} MB`;
}

/**
 * Reads one start time: "95", "95.5", "1:35", "01:01:35", "npt:95" (media fragments) or "1m35s" (as video sites write it).
 * Returns seconds, or undefined when the text is not a time.
 */
export function parseTime(text: string): number | undefined {
  const value = text.trim().replace(/^npt:/, '');
  if (/^\d+(\.\d+)?$/.test(value)) return Number(value);
  const clock = /^(?:(\d+):)?(\d{1,2}):(\d{1,2}(?:\.\d+)?)$/.exec(value);
  if (clock) {
    const [h, m, sec] = [Number(clock[1] ?? 0), Number(clock[2]), Number(clock[3])];
    return sec < 60 && (clock[1] === undefined || m < 60) ? h * 3600 + m * 60 + sec : undefined;
  }
  const words = /^(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?$/.exec(value);
  if (words && value !== '') return Number(words[1] ?? 0) * 3600 + Number(words[2] ?? 0) * 60 + Number(words[3] ?? 0);
  return undefined;
}

/**
 * The start time a link asks for: "#t=95" (a media fragment; "#t=95,120" starts at 95) or "?t=95".
 * @param search location.search, e.g. "?t=95"
 * @param hash location.hash, e.g. "#t=95"
 */
export function startTimeFromUrl(search: string, hash: string): number | undefined {
  const fragment = new URLSearchParams(hash.replace(/^#/, '')).get('t');
  const fromHash = fragment === null ? undefined : parseTime(fragment.split(',')[0] ?? '');
  if (fromHash !== undefined) return fromHash;
  const query = new URLSearchParams(search).get('t');
  return query === null ? undefined : parseTime(query);
}

/** The id of a chapter's heading in the transcript, which search results and links point at: 1 → "chuong-1". */
export function chapterId(index: number): string {
  return `chuong-${index + 1}`;
}

/** The address a chapter link falls back to without JavaScript: the file itself at that second (a media fragment). */
export function mediaFragmentHref(file: string, seconds: number): string {
  return `${file}#t=${seconds}`;
}
