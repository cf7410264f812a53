import { useId, useMemo, type Dispatch, type ReactNode } from 'react';
import {
  buildAttendancePaper,
  buildMinutesPaper,
  buildPlanPaper,
  buildSummaryPaper,
  type PaperContext,
} from '~/lib/chi-bo/papers';
import { MAX_NOTE_LENGTH, type Workspace } from '~/lib/chi-bo/types';
import type { DocumentModel } from '~/lib/report/model';
import { PrintDocument } from '../ReportForm/check/PrintDocument';
import { PaperActions } from './PaperActions';
import type { Action } from './reducer';
import { papers, type View } from './views';

interface Props {
  workspace: Workspace;
  dispatch: Dispatch<Action>;
  view: View;
  link: (view: View, text: string, current?: boolean) => ReactNode;
  context: PaperContext;
}

function buildPaper(workspace: Workspace, view: View, context: PaperContext): DocumentModel | null {
  const sitting = workspace.sittings[view.sitting - 1];
  switch (view.paper) {
    case 'ke-hoach':
      return buildPlanPaper(workspace, context);
    case 'tong-hop':
      return buildSummaryPaper(workspace, context);
    case 'danh-sach-du':
      return sitting ? buildAttendancePaper(workspace, sitting.id, context) : null;
    case 'bien-ban':
      return sitting ? buildMinutesPaper(workspace, sitting.id, context) : null;
  }
}

/** The chi bộ's papers, filled in from the workspace: pick one, read it, then download, print or copy it. */
export default function PapersView({ workspace, dispatch, view, link, context }: Props) {
  const id = useId();
  const model = useMemo(() => buildPaper(workspace, view, context), [workspace, view, context]);
  const paper = papers.find((p) => p.id === view.paper)!;
  return (
    <>
      <nav aria-label="Chọn giấy tờ" className="chi-bo__pick no-print">
        <ul>
          {papers.map((p) =>
            p.perSitting ? (
              workspace.sittings.map((_, i) => (
                <li key={`${p.id}-${i}`}>
                  {link(
                    { ...view, paper: p.id, sitting: i + 1 },
                    `${p.label}, buổi ${i + 1}`,
                    p.id === view.paper && view.sitting === i + 1,
                  )}
                </li>
              ))
            ) : (
              <li key={p.id}>{link({ ...view, paper: p.id }, p.label, p.id === view.paper)}</li>
            ),
          )}
        </ul>
      </nav>
      {view.paper === 'tong-hop' && (
        <div className="rf-field no-print">
          <label className="rf-label" htmlFor={`${id}-note`}>
            Những điểm nổi bật của đợt sinh hoạt (ghi vào bản tổng hợp)
          </label>
          <p className="rf-hint" id={`${id}-note-hint`}>
            Bản tổng hợp là mẫu trang này gợi ý: chưa tìm thấy mẫu hay yêu cầu công khai nào cho báo cáo này. Cấp trên
            yêu cầu cách khác thì làm theo cấp trên.
          </p>
          <textarea
            id={`${id}-note`}
            rows={5}
            maxLength={MAX_NOTE_LENGTH}
            value={workspace.summaryNote}
            aria-describedby={`${id}-note-hint`}
            onChange={(e) => dispatch({ type: 'setWorkspaceField', field: 'summaryNote', value: e.target.value })}
          />
        </div>
      )}
      {model ? (
        <>
          <PaperActions model={model} />
          <PrintDocument model={model} />
        </>
      ) : paper.perSitting && !workspace.sittings[view.sitting - 1] ? (
        <p>
          {paper.label} cần một buổi sinh hoạt: chi bộ chưa có buổi {view.sitting}. Hãy thêm buổi ở bước “Các buổi sinh
          hoạt”.
        </p>
      ) : (
        <p>Chưa có gì để ghi vào giấy tờ này: hãy thêm đảng viên ở bước “Danh sách đảng viên”.</p>
      )}
    </>
  );
}
