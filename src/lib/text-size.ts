/** Text-size steps; the id is written to html[data-text-size] and styled in src/styles/base.css (keep the two lists alike). */
export const textSizes = [
  { id: 'thuong', label: 'thường' },
  { id: 'lon', label: 'lớn' },
  { id: 'rat-lon', label: 'rất lớn' },
] as const;

export type TextSize = (typeof textSizes)[number]['id'];

/** localStorage key; also read by the inline head script in BaseLayout before first paint. */
export const TEXT_SIZE_KEY = 'gtlt-co-chu';

export function isTextSize(value: unknown): value is TextSize {
  return textSizes.some((size) => size.id === value);
}

export function readTextSize(): TextSize {
  try {
    const saved = localStorage.getItem(TEXT_SIZE_KEY);
    return isTextSize(saved) ? saved : 'thuong';
  } catch {
    return 'thuong';
  }
}

/** Remembering the size is a comfort, not a need: when storage is off the size still applies to this page. */
export function saveTextSize(size: TextSize): void {
  try {
    localStorage.setItem(TEXT_SIZE_KEY, size);
  } catch {
    /* storage disabled or full */
  }
}

export function applyTextSize(size: TextSize): void {
  if (size === 'thuong') document.documentElement.removeAttribute('data-text-size');
  else document.documentElement.dataset['textSize'] = size;
}

/**
 * Inline <head> script: applies the remembered size before first paint, so large text
 * never flashes small. Kept tiny and dependency-free because it runs on every page.
 */
export const textSizeHeadScript = `try{var s=localStorage.getItem(${JSON.stringify(TEXT_SIZE_KEY)});if(${JSON.stringify(
  textSizes.map((size) => size.id).filter((id) => id !== 'thuong'),
)}.indexOf(s)>=0)document.documentElement.dataset.textSize=s}catch(e){}`;
