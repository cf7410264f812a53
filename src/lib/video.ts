/**
 * Video helpers shared by the video pages (at build time) and their seek script (in the browser).
 * Pure functions, no DOM, so the unit tests cover them.
 */

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
