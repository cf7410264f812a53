/** The main sections, in header order. One list, used by the header, the footer and the home page. */
export const mainSections = [
  { href: '/huong-dan/', label: 'Hướng dẫn' },
  { href: '/hoi-dap/', label: 'Hỏi đáp' },
  { href: '/bao-cao/', label: 'Soạn báo cáo' },
  { href: '/sinh-hoat/', label: 'Tổ chức sinh hoạt' },
  { href: '/video/', label: 'Video' },
  { href: '/tai-lieu/', label: 'Tài liệu' },
] as const;

export type Crumb = { label: string; href?: string };

/** True when `href` is the section the current path sits in. */
export function isCurrentSection(href: string, pathname: string): boolean {
  return pathname === href || pathname.startsWith(href);
}
