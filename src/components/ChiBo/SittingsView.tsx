import { useId, useMemo, useState, type Dispatch } from 'react';
import { CHAIR_CONCLUSION_NOTE } from '~/lib/chi-bo/papers/minutes';
import { sittingLoads, splitIntoSittings } from '~/lib/chi-bo/split';
import { createSitting, newId } from '~/lib/chi-bo/workspace';
import { MAX_SITTINGS, type Workspace } from '~/lib/chi-bo/types';
import type { Action } from './reducer';
import { useProgressive } from './useProgressive';
import { SittingEditor, TurnRow } from './SittingParts';

interface Props {
  workspace: Workspace;
  dispatch: Dispatch<Action>;
}

/** Phân kỳ: the sittings, their length, the even split and each member's turn. */
export function SittingsView({ workspace, dispatch }: Props) {
  const id = useId();
  const [splitSaid, setSplitSaid] = useState<string[] | null>(null);
  const { settings, sittings } = workspace;
  const loads = useMemo(() => sittingLoads(workspace), [workspace]);
  const shown = useProgressive(workspace.members.length);
  const perSitting =
    settings.minutesPerReport + settings.minutesPerDiscussion > 0
      ? Math.floor(settings.minutesPerSitting / (settings.minutesPerReport + settings.minutesPerDiscussion))
      : 0;

  const addSitting = () => {
    const sitting = createSitting(newId());
    dispatch({ type: 'addSitting', sitting });
    requestAnimationFrame(() => document.getElementById(`cb-date-${sitting.id}`)?.focus());
  };
  const split = () => {
    const result = splitIntoSittings(workspace);
    dispatch({ type: 'assign', assignments: result.assignments });
    setSplitSaid(result.warnings);
  };
  const number = (n: string) => Math.max(0, Math.min(600, Number.parseInt(n, 10) || 0));

  return (
    <>
      <h2>Độ dài mỗi buổi</h2>
      <p className="rf-hint">Số phút do trang gợi ý, không phải quy định; chi ủy đặt lại cho hợp với chi bộ.</p>
      <div className="chi-bo__numbers">
        {(
          [
            ['minutesPerReport', 'Số phút mỗi đồng chí trình bày (hoặc đọc một báo cáo gửi về)'],
            ['minutesPerDiscussion', 'Số phút góp ý sau mỗi báo cáo'],
            ['minutesPerSitting', 'Số phút mỗi buổi dành cho báo cáo và góp ý'],
          ] as const
        ).map(([k, label]) => (
          <div className="rf-field" key={k}>
            <label className="rf-label" htmlFor={`${id}-${k}`}>
              {label}
            </label>
            <input
              id={`${id}-${k}`}
              type="number"
              inputMode="numeric"
              min={0}
              max={600}
              value={settings[k]}
              onChange={(e) => dispatch({ type: 'setSettings', patch: { [k]: number(e.target.value) } })}
            />
          </div>
        ))}
      </div>
      <p>Với độ dài này, mỗi buổi có chỗ cho khoảng {perSitting} lượt báo cáo.</p>
      <div className="chi-bo__check">
        <input
          id={`${id}-conclusion`}
          type="checkbox"
          checked={settings.chairConclusionPerItem}
          onChange={(e) => dispatch({ type: 'setSettings', patch: { chairConclusionPerItem: e.target.checked } })}
        />
        <label htmlFor={`${id}-conclusion`}>Trong biên bản, sau mỗi báo cáo có một dòng ghi kết luận của chủ trì</label>
      </div>
      <p className="rf-hint">{CHAIR_CONCLUSION_NOTE}</p>

      <h2 id={`${id}-list`}>Các buổi sinh hoạt ({sittings.length})</h2>
      {sittings.length === 0 && (
        <p>
          Chưa có buổi nào. Chi bộ đông đảng viên có thể chia làm nhiều buổi (phân kỳ); chi bộ nhỏ chỉ cần một buổi.
        </p>
      )}
      <ol className="chi-bo__sittings" aria-labelledby={`${id}-list`}>
        {sittings.map((s, i) => (
          <SittingEditor
            key={s.id}
            sitting={s}
            n={i + 1}
            turns={loads.loads[i]?.turns ?? 0}
            minutes={loads.loads[i]?.minutes ?? 0}
            dispatch={dispatch}
          />
        ))}
      </ol>
      <div className="rf-actions">
        <button
          type="button"
          className="rf-button rf-button--secondary"
          disabled={sittings.length >= MAX_SITTINGS}
          onClick={addSitting}
        >
          Thêm một buổi
        </button>
      </div>

      <h2>Ai trình bày ở buổi nào</h2>
      <p>
        Bấm “Chia đều” để trang xếp các đồng chí vào các buổi cho đều, theo thứ tự trong danh sách. Đồng chí nào đã xin
        một buổi thì được giữ buổi đó. Sau đó đồng chí vẫn sửa được từng người ở dưới.
      </p>
      <div className="rf-actions">
        <button
          type="button"
          className="rf-button"
          disabled={sittings.length === 0 || workspace.members.length === 0}
          onClick={split}
        >
          Chia đều
        </button>
      </div>
      <div role="status" data-split-status>
        {splitSaid && (
          <p className="rf-saved">
            Đã chia {workspace.members.length} đồng chí vào {sittings.length} buổi.
          </p>
        )}
      </div>
      {(splitSaid ?? loads.warnings).length > 0 && (
        <ul className="rf-note" data-split-warnings>
          {[...new Set([...(splitSaid ?? []), ...loads.warnings])].map((w) => (
            <li key={w}>{w}</li>
          ))}
        </ul>
      )}
      {workspace.members.length === 0 ? (
        <p>Danh sách chưa có ai: hãy thêm đảng viên ở bước “Danh sách đảng viên”.</p>
      ) : (
        <ol className="chi-bo__roster" data-assignments>
          {workspace.members.slice(0, shown).map((m, i) => (
            <TurnRow key={m.id} member={m} n={i + 1} sittings={sittings} dispatch={dispatch} />
          ))}
        </ol>
      )}
    </>
  );
}
