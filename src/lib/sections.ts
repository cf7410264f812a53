import { TYPE_FILTER } from './search/types';

/**
 * The site's sections, in header order: the one list behind the navigation (header and footer), the
 * breadcrumbs, every hand-written address of a section, the search page's filters and the content type each
 * page files itself under in the search index.
 */
export interface Section {
  /** Address segment: the section lives at `/<id>/`; also the search page's `loai=` value. */
  id: string;
  /** Name in the navigation and the breadcrumbs. */
  label: string;
  /** Name of the section's pages as a search filter and result type; absent when search does not index it. */
  searchType?: string;
  /** False for a page the footer lists but the header does not (search, privacy, the secretary's workspace). */
  header?: false;
}

export const sections = [
  { id: 'huong-dan', label: 'Hướng dẫn', searchType: 'Hướng dẫn' },
  { id: 'hoi-dap', label: 'Hỏi đáp', searchType: 'Hỏi đáp' },
  { id: 'bao-cao', label: 'Soạn báo cáo' },
  { id: 'sinh-hoat', label: 'Tổ chức sinh hoạt', searchType: 'Sinh hoạt' },
  { id: 'chi-bo', label: 'Sổ theo dõi sinh hoạt chi bộ', header: false },
  { id: 'video', label: 'Video', searchType: 'Video' },
  { id: 'tai-lieu', label: 'Tài liệu', searchType: 'Tài liệu' },
  { id: 'rieng-tu', label: 'Quyền riêng tư', header: false },
  { id: 'tim-kiem', label: 'Tìm kiếm', header: false },
] as const satisfies readonly Section[];

type AnySection = (typeof sections)[number];
export type SectionId = AnySection['id'];
/** The sections whose pages are in the search index. */
export type SearchableSectionId = Extract<AnySection, { searchType: string }>['id'];

/** The section's address, e.g. "/hoi-dap/". */
export const sectionHref = (id: SectionId): `/${SectionId}/` => `/${id}/`;

export function sectionOf<Id extends SectionId>(id: Id): Extract<AnySection, { id: Id }> {
  return sections.find((s) => s.id === id) as Extract<AnySection, { id: Id }>;
}

/**
 * Content types a search can be narrowed to: the indexed sections, in their order. The label is the Pagefind
 * filter value the section's pages set (`pagefindTypeFilter`); the slug is what the search page puts in its
 * URL (`/tim-kiem/?q=…&loai=hoi-dap`).
 */
export const searchTypes: { slug: SearchableSectionId; label: string }[] = sections.flatMap((s) =>
  'searchType' in s ? [{ slug: s.id, label: s.searchType }] : [],
);

/** The `data-pagefind-filter` value that files a page under its section's type, e.g. "type:Hỏi đáp". */
export function pagefindTypeFilter(id: SearchableSectionId): string {
  return `${TYPE_FILTER}:${searchTypes.find((t) => t.slug === id)!.label}`;
}
