/**
 * Ids for in-page anchors (headings, sections) in plain ASCII: lower-case letters, digits and hyphens, so an
 * address such as /hoi-dap/…/#ai-quyet-dinh survives being pasted into Zalo or an SMS, where a link with
 * “#ai-quyết-định” is often cut or percent-encoded. Vietnamese letters lose their marks (“đ” becomes “d”).
 */

/** The pattern every id and in-page link target on the site matches (checked on the built pages). */
export const ANCHOR_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** “Ai quyết định?” → "ai-quyet-dinh"; “Điểm 7.1: giảm, miễn” → "diem-7-1-giam-mien"; "" when nothing is left. */
export function anchorId(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * Gives each heading of one document a distinct id, as GitHub does: the second “Ai quyết định” is
 * "ai-quyet-dinh-1". A heading with no letters or digits gets "muc", "muc-1"…
 */
export function anchorIdSlugger(): (text: string) => string {
  const used = new Set<string>();
  return (text) => {
    const base = anchorId(text) || 'muc';
    let id = base;
    for (let n = 1; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    return id;
  };
}
