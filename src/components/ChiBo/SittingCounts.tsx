import { useMemo } from 'react';
import { countSitting } from '~/lib/chi-bo/counts';
import type { Sitting, Workspace } from '~/lib/chi-bo/types';

/** The sitting's numbers as the minutes will print them, kept in sight while the secretary records. */
export function SittingCounts({ workspace, sitting, n }: { workspace: Workspace; sitting: Sitting; n: number }) {
  const c = useMemo(() => countSitting(workspace, sitting.id), [workspace, sitting.id]);
  const rows: [string, number][] = [
    ['Tổng số đảng viên', c.total],
    ['Chính thức', c.official],
    ['Dự bị', c.probationary],
    ['Sinh hoạt tạm thời', c.temporaryHere],
    ['Được miễn sinh hoạt', c.exempt],
    ['Giới thiệu sinh hoạt tạm thời đi nơi khác', c.sentElsewhere],
    ['Có mặt', c.present],
    ['Vắng có lý do', c.absentWithReason.length],
    ['Vắng không lý do', c.absentWithoutReason.length],
  ];
  return (
    <section aria-labelledby="cb-counts-h" className="chi-bo__counts" data-sitting-counts>
      <h2 id="cb-counts-h">Số liệu buổi {n} (như sẽ ghi vào biên bản)</h2>
      <dl>
        {rows.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {c.warnings.length > 0 && (
        <ul className="rf-note">
          {c.warnings.map((w) => (
            <li key={w}>{w}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
