/**
 * The workspace's views and where each lives in the address (`/chi-bo/?buoc=…&buoi=…&giay=…`), so Back moves
 * between them and a reload returns to the same one. Only view names and a sitting's number ever go in the
 * address: never a name, never an id.
 */

export type ViewId = 'danh-sach' | 'cac-buoi' | 'theo-doi' | 'giay-to';
export type PaperId = 'ke-hoach' | 'danh-sach-du' | 'bien-ban' | 'tong-hop';

export interface View {
  step: ViewId;
  /** 1-based number of the sitting the view is about (tracking, attendance sheet, minutes). */
  sitting: number;
  paper: PaperId;
}

export const views: readonly { id: ViewId; label: string }[] = [
  { id: 'danh-sach', label: 'Danh sách đảng viên' },
  { id: 'cac-buoi', label: 'Các buổi sinh hoạt' },
  { id: 'theo-doi', label: 'Theo dõi từng buổi' },
  { id: 'giay-to', label: 'Giấy tờ' },
];

export const papers: readonly { id: PaperId; label: string; perSitting: boolean }[] = [
  { id: 'ke-hoach', label: 'Kế hoạch các buổi sinh hoạt', perSitting: false },
  { id: 'danh-sach-du', label: 'Danh sách đảng viên tham dự (có cột ký tên)', perSitting: true },
  { id: 'bien-ban', label: 'Biên bản buổi sinh hoạt', perSitting: true },
  { id: 'tong-hop', label: 'Tổng hợp kết quả gửi cấp trên', perSitting: false },
];

const isView = (v: string | null): v is ViewId => views.some((x) => x.id === v);
const isPaper = (v: string | null): v is PaperId => papers.some((x) => x.id === v);

/** The view an address names; anything unknown is the roster. */
export function readView(search: string): View {
  const params = new URLSearchParams(search);
  const step = params.get('buoc');
  const sitting = Number.parseInt(params.get('buoi') ?? '1', 10);
  const paper = params.get('giay');
  return {
    step: isView(step) ? step : 'danh-sach',
    sitting: Number.isFinite(sitting) && sitting >= 1 && sitting <= 99 ? sitting : 1,
    paper: isPaper(paper) ? paper : 'ke-hoach',
  };
}

/** The address of a view (the query string only, with its "?"; the roster is the bare page). */
export function viewSearch(view: View): string {
  if (view.step === 'danh-sach') return '';
  const params = new URLSearchParams({ buoc: view.step });
  if (view.step === 'theo-doi' || (view.step === 'giay-to' && papers.find((p) => p.id === view.paper)?.perSitting)) {
    params.set('buoi', String(view.sitting));
  }
  if (view.step === 'giay-to') params.set('giay', view.paper);
  return `?${params.toString()}`;
}

/** The page title of a view: the view's name and the sitting's number, never a person's name. */
export function viewTitle(view: View): string {
  const label = views.find((v) => v.id === view.step)!.label;
  if (view.step === 'theo-doi') return `${label}: buổi ${view.sitting}`;
  if (view.step === 'giay-to') {
    const paper = papers.find((p) => p.id === view.paper)!;
    return `${label}: ${paper.perSitting ? `${paper.label}, buổi ${view.sitting}` : paper.label}`;
  }
  return label;
}
