import { sectionHref, sections } from './sections';

const link = (section: (typeof sections)[number]) => ({ href: sectionHref(section.id), label: section.label });

/** The main sections as links, in header order (the header and the footer list them). */
export const mainSections = sections.filter((section) => !('header' in section)).map(link);

/** The pages the footer adds after the main sections (search, privacy). */
export const footerOnlySections = sections.filter((section) => 'header' in section).map(link);

export type Crumb = { label: string; href?: string };

/** True when `href` is the section the current path sits in. */
export function isCurrentSection(href: string, pathname: string): boolean {
  return pathname === href || pathname.startsWith(href);
}
