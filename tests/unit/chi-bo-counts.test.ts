import { describe, expect, it } from 'vitest';
import { countSitting } from '~/lib/chi-bo/counts';
import { AWAY_REASON, memberName, sixtyMemberWorkspace, SICK_REASON } from './helpers/chi-bo-workspace';

describe('the attendance block of one sitting', () => {
  it('counts sitting 2 of the 60-member chi bộ exactly, naming each absent member', () => {
    const counts = countSitting(sixtyMemberWorkspace(), 's2');
    expect(counts).toMatchObject({
      total: 60,
      official: 55,
      probationary: 3,
      temporaryHere: 2,
      exempt: 4,
      sentElsewhere: 1,
      present: 48,
      absent: 7,
    });
    expect(counts.absentWithReason).toEqual([
      { name: memberName(39), index: 39, reason: SICK_REASON },
      ...[51, 52, 53, 54, 55].map((i) => ({ name: memberName(i), index: i, reason: AWAY_REASON })),
    ]);
    expect(counts.absentWithoutReason).toEqual([{ name: memberName(40), index: 40, reason: '' }]);
    expect(counts.warnings).toEqual([]);
    // Every member is somewhere: present, absent, exempt or sitting elsewhere.
    expect(counts.present + counts.absent + counts.exempt + counts.sentElsewhere).toBe(counts.total);
    expect(counts.official + counts.probationary + counts.temporaryHere).toBe(counts.total);
  });

  it('counts sitting 1, where nobody but the members away is absent', () => {
    const counts = countSitting(sixtyMemberWorkspace(), 's1');
    expect([counts.present, counts.absent, counts.absentWithoutReason.length]).toEqual([50, 5, 0]);
  });

  it('warns, never guesses, about a member with nothing recorded or a reason left empty', () => {
    const ws = sixtyMemberWorkspace();
    ws.members[2] = { ...ws.members[2]!, attendance: {} };
    ws.members[3] = { ...ws.members[3]!, attendance: { s1: { status: 'absentWithReason', reason: '  ' } } };
    const counts = countSitting(ws, 's1');
    expect(counts.present).toBe(48);
    expect(counts.notRecorded).toEqual([memberName(2)]);
    expect(counts.warnings).toEqual([
      `Chưa ghi có mặt hay vắng cho 1 đồng chí: ${memberName(2)}. Họ chưa được tính vào số dự hay số vắng.`,
      `Vắng có lý do nhưng chưa ghi lý do: ${memberName(3)}.`,
    ]);
  });

  it('counts an exempt member who came anyway as present, and never as absent when nothing is recorded', () => {
    const ws = sixtyMemberWorkspace();
    ws.members[57] = { ...ws.members[57]!, attendance: { s1: { status: 'present' } } };
    const counts = countSitting(ws, 's1');
    expect([counts.present, counts.exempt, counts.notRecorded.length]).toEqual([51, 4, 0]);
  });
});
