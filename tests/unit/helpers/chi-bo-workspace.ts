import type { Attendance, Member, Workspace } from '~/lib/chi-bo/types';
import { createMember, createSitting, createWorkspace } from '~/lib/chi-bo/workspace';
import { FAMILY, GIVEN, MIDDLE } from '../../support/example-names.ts';

/**
 * The case: a 60-member chi bộ sitting three times. Members 1–50 present in person (two of them
 * sitting here temporarily, three dự bị); member 51 sits with another chi bộ; members 52–56 work away and
 * send written reports (52–55 read out, 56 not), recorded absent with a reason; members 57–60 are elderly
 * and exempt. On the day of sitting 2, member 40 is absent with a reason and member 41 without one.
 * Member 6 asked for sitting 3.
 */

export const memberName = (i: number): string =>
  `${FAMILY[i % FAMILY.length]} ${MIDDLE[Math.floor(i / FAMILY.length) % MIDDLE.length]} ${GIVEN[i % GIVEN.length]}`;

const SITTINGS = ['s1', 's2', 's3'] as const;
export const AWAY_REASON = 'Đi làm ăn xa, đã gửi báo cáo bằng văn bản';
export const SICK_REASON = 'Ốm, đang điều trị tại bệnh viện';

function sixtyMember(i: number): Member {
  const n = i + 1;
  const m = createMember(memberName(i), `m${n}`);
  const attend = (fn: (sitting: string) => Attendance | undefined): Member['attendance'] =>
    Object.fromEntries(
      SITTINGS.flatMap((s) => {
        const record = fn(s);
        return record ? [[s, record] as const] : [];
      }),
    );
  if (n === 1) m.holdsPost = true;
  if (n === 11 || n === 12) m.temporaryHere = true;
  if (n >= 21 && n <= 23) m.kind = 'duBi';
  if (n === 6) m.requestedSittingId = 's3';
  if (n <= 50) {
    m.attendance = attend((s) => {
      if (s === 's2' && n === 40) return { status: 'absentWithReason', reason: SICK_REASON };
      if (s === 's2' && n === 41) return { status: 'absentWithoutReason' };
      return { status: 'present' };
    });
  } else if (n === 51) {
    m.sentElsewhere = true;
  } else if (n <= 56) {
    Object.assign(m, { workingAway: true, writtenReport: true, readOut: n <= 55, handIn: n % 2 ? 'paper' : 'message' });
    m.attendance = attend(() => ({ status: 'absentWithReason', reason: AWAY_REASON }));
  } else {
    Object.assign(m, { elderlyFrail: true, exemption: 'whole' });
  }
  return m;
}

export function sixtyMemberWorkspace(): Workspace {
  const ws = createWorkspace(new Date('2023-03-01T00:00:00Z'));
  ws.chiBoName = 'Chi bộ khu phố 3';
  ws.parentBody = 'Đảng bộ phường Phú Thủy';
  ws.placeName = 'Phú Thủy';
  ws.secretaryName = memberName(0);
  ws.settings = { minutesPerReport: 5, minutesPerDiscussion: 5, minutesPerSitting: 180, chairConclusionPerItem: true };
  ws.sittings = SITTINGS.map((id, i) => ({
    ...createSitting(id),
    date: `2023-03-${String(10 + 7 * i).padStart(2, '0')}`,
    time: '08:00',
    place: 'Nhà văn hóa khu phố 3',
    chair: memberName(0),
    clerk: memberName(1),
  }));
  ws.members = Array.from({ length: 60 }, (_, i) => sixtyMember(i));
  return ws;
}
