import { sectionHref, sections } from './sections';

/** The main sections as links, in header order (the header and the footer list them). */
export const mainSections = sections.map((section) => ({ href: sectionHref(section.id), label: section.label }));

export type Crumb = { label: string; href?: string };

/** True when `href` is the section the current path sits in. */
export function isCurrentSection(href: string, pathname: string): boolean {
  return pathname === href || pathname.startsWith(href);
}
