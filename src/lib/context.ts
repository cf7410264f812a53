/**
 * Whether a page's text names a body as it was during the campaign (the old province, a district committee,
 * a merged board), so the page must carry the dated context notice. Names come from the site config.
 */
import { siteConfig } from '~/site.config';

export function namesFormerBody(
  html: string,
  names: readonly string[] = siteConfig.context?.formerNames ?? [],
): boolean {
  if (names.length === 0) return false;
  // Compare text, not markup: drop tags and fold whitespace, so a name split by a line break or an inline tag still counts.
  const text = html
    .replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/gi, ' ')
    .replace(/<[^>]+>/g, '')
    .replace(/\s+/g, ' ')
    .normalize('NFC');
  return names.some((name) => text.includes(name.normalize('NFC')));
}
