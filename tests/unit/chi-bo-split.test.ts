import { describe, expect, it } from 'vitest';
import { applySplit, sittingLoads, splitIntoSittings } from '~/lib/chi-bo/split';
import type { Workspace } from '~/lib/chi-bo/types';
import { createMember, createSitting, createWorkspace } from '~/lib/chi-bo/workspace';
import { sixtyMemberWorkspace } from './helpers/chi-bo-workspace';

const bySitting = (ws: Workspace, assignments: Record<string, string | null>) =>
  Object.fromEntries(
    ws.sittings.map((s) => [s.id, ws.members.filter((m) => assignments[m.id] === s.id).map((m) => m.id)]),
  );

describe('the even split into sittings', () => {
  it('gives the 60-member chi bộ three equal sittings, keeps the request, and leaves out who takes no turn', () => {
    const ws = sixtyMemberWorkspace();
    const split = splitIntoSittings(ws);
    const groups = bySitting(ws, split.assignments);
    expect(split.loads.map((l) => [l.turns, l.minutes])).toEqual([
      [18, 180],
      [18, 180],
      [18, 180],
    ]);
    expect(groups['s3']).toContain('m6');
    expect(groups['s1']?.slice(0, 6)).toEqual(['m1', 'm2', 'm3', 'm4', 'm5', 'm7']);
    // Written reports read out take a turn; the one not read, the exempt and the member sent elsewhere do not.
    for (const id of ['m52', 'm53', 'm54', 'm55']) expect(Object.values(groups).flat()).toContain(id);
    for (const id of ['m51', 'm56', 'm57', 'm58', 'm59', 'm60']) expect(split.assignments[id]).toBeNull();
    expect(split.warnings).toEqual([]);
    expect(splitIntoSittings(ws)).toEqual(split);
  });

  it('warns in Vietnamese when a sitting runs over the length the secretary set', () => {
    const ws = sixtyMemberWorkspace();
    ws.settings.minutesPerSitting = 120;
    const split = splitIntoSittings(ws);
    expect(split.warnings[0]).toMatch(/không đủ thời gian cho cả 54 lượt báo cáo/);
    expect(split.warnings).toContain(
      'Buổi 2 (17/3/2023) cần khoảng 180 phút cho các báo cáo và ý kiến, quá 120 phút đã đặt. Hãy thêm một buổi, hoặc đặt lại thời gian cho mỗi báo cáo.',
    );
  });

  it('keeps requests even when they unbalance the sittings, and fills around them', () => {
    const ws = createWorkspace();
    ws.sittings = [createSitting('a'), createSitting('b')];
    ws.members = Array.from({ length: 6 }, (_, i) => ({
      ...createMember(`Người ${i}`, `p${i}`),
      requestedSittingId: i < 4 ? 'a' : null,
    }));
    const split = splitIntoSittings(ws);
    expect(bySitting(ws, split.assignments)).toEqual({ a: ['p0', 'p1', 'p2', 'p3'], b: ['p4', 'p5'] });
  });

  it('says so for a request of a sitting that is gone, for a request by who takes no turn, and with no sitting at all', () => {
    const ws = createWorkspace();
    ws.sittings = [createSitting('a')];
    ws.members = [
      { ...createMember('Nguyễn Văn An', 'x'), requestedSittingId: 'gone' },
      { ...createMember('Trần Thị Bình', 'y'), requestedSittingId: 'a', exemption: 'whole' },
    ];
    const split = splitIntoSittings(ws);
    expect(split.assignments).toEqual({ x: 'a', y: null });
    expect(split.warnings.join('\n')).toMatch(/Nguyễn Văn An đã xin một buổi không còn trong kế hoạch/);
    expect(split.warnings.join('\n')).toMatch(/Trần Thị Bình đã xin một buổi nhưng không trình bày/);
    const none = splitIntoSittings({ ...ws, sittings: [] });
    expect(none.warnings[0]).toBe('Chưa có buổi sinh hoạt nào. Hãy thêm ít nhất một buổi rồi chia lại.');
    expect(none.assignments).toEqual({ x: null, y: null });
  });

  it('applies a split, and checks the loads again after the secretary moves a member by hand', () => {
    const ws = applySplit(sixtyMemberWorkspace(), splitIntoSittings(sixtyMemberWorkspace()));
    const moved: Workspace = { ...ws, members: ws.members.map((m) => (m.id === 'm2' ? { ...m, sittingId: 's2' } : m)) };
    const { loads, warnings } = sittingLoads(moved);
    expect(loads.map((l) => l.turns)).toEqual([17, 19, 18]);
    expect(warnings).toEqual([expect.stringMatching(/^Buổi 2 \(17\/3\/2023\) cần khoảng 190 phút/)]);
  });
});
