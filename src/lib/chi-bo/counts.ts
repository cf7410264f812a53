import { countMessages } from './messages';
import type { Member, Workspace } from './types';
import { memberExcusedFromSittings } from './workspace';

/**
 * The attendance block of one sitting's minutes, counted as the commonly circulated minutes form lays it
 * out (facts-and-sources.md §7.3, from https://thuvienbieumau.com/bieu-mau/mau-ghi-bien-ban-sinh-hoat-chi-bo-3454/,
 * a template site, not an official text): "Tổng số đảng viên của chi bộ … Trong đó, đảng viên chính thức…,
 * đảng viên dự bị…, đảng viên sinh hoạt tạm… + Số đảng viên được miễn sinh hoạt … + Số đảng viên giới thiệu
 * sinh hoạt tạm thời đi nơi khác … – Số đảng viên dự sinh hoạt … – Số đảng viên vắng mặt … + Có lý do: (ghi rõ
 * họ tên từng đồng chí và lý do vắng mặt). + Không có lý do: (ghi rõ họ tên…)".
 *
 * Who counts where. The form names the lines but does not define them; every rule below marked
 * INFERENCE is this site's reading, not the source's:
 * - tổng số: every member on the roster, including members exempt, members sent to sit elsewhere and
 *   members sitting here temporarily. INFERENCE (the form says "của chi bộ" and lists those groups under it).
 * - chính thức / dự bị / sinh hoạt tạm: the form lists the three under "Trong đó", so we read them as parts
 *   of tổng số that add up to it: a member sitting here temporarily counts under "sinh hoạt tạm" only, not
 *   also as chính thức or dự bị. INFERENCE.
 * - được miễn sinh hoạt: members exempt from the whole or a part of party activities. INFERENCE (the form
 *   has one line; QĐ 24-QĐ/TW spoke of "giảm, miễn công tác và sinh hoạt đảng").
 * - giới thiệu sinh hoạt tạm thời đi nơi khác: members so marked (still on this roster). From the form.
 * - số dự: members recorded present at this sitting, whoever they are (an exempt member who came is counted).
 * - vắng có lý do / không có lý do: members recorded absent at this sitting, each named (with the reason).
 *   Members exempt or sent elsewhere are not "vắng" unless the secretary recorded them so. INFERENCE.
 * - A member not exempt and not sent elsewhere with nothing recorded is in neither số dự nor vắng: the
 *   secretary is warned (never guessed).
 */

export interface AbsentMember {
  name: string;
  /** The member's place in the roster (0-based): tells apart two members of one name. */
  index: number;
  /** The reason as typed; "" for an absence without reason. */
  reason: string;
}

export interface SittingCounts {
  total: number;
  official: number;
  probationary: number;
  temporaryHere: number;
  exempt: number;
  sentElsewhere: number;
  present: number;
  absent: number;
  absentWithReason: AbsentMember[];
  absentWithoutReason: AbsentMember[];
  /** Members expected at sittings with nothing recorded for this one. */
  notRecorded: string[];
  /** Vietnamese, for the secretary (nothing recorded, a reason left empty). */
  warnings: string[];
}

const countOf = (members: readonly Member[], test: (m: Member) => boolean) => members.filter(test).length;

export function countSitting(workspace: Workspace, sittingId: string): SittingCounts {
  const members = workspace.members;
  const withReason: AbsentMember[] = [];
  const withoutReason: AbsentMember[] = [];
  const notRecorded: string[] = [];
  let present = 0;
  for (const [index, m] of members.entries()) {
    const record = m.attendance[sittingId];
    if (record?.status === 'present') present += 1;
    else if (record?.status === 'absentWithReason')
      withReason.push({ name: m.name, index, reason: record.reason.trim() });
    else if (record?.status === 'absentWithoutReason') withoutReason.push({ name: m.name, index, reason: '' });
    else if (!memberExcusedFromSittings(m)) notRecorded.push(m.name);
  }
  const warnings: string[] = [];
  if (notRecorded.length > 0) warnings.push(countMessages.notRecorded(notRecorded));
  const noReason = withReason.filter((a) => a.reason === '').map((a) => a.name);
  if (noReason.length > 0) warnings.push(countMessages.reasonMissing(noReason));
  return {
    total: members.length,
    official: countOf(members, (m) => !m.temporaryHere && m.kind === 'chinhThuc'),
    probationary: countOf(members, (m) => !m.temporaryHere && m.kind === 'duBi'),
    temporaryHere: countOf(members, (m) => m.temporaryHere),
    exempt: countOf(members, (m) => m.exemption !== 'none'),
    sentElsewhere: countOf(members, (m) => m.sentElsewhere),
    present,
    absent: withReason.length + withoutReason.length,
    absentWithReason: withReason,
    absentWithoutReason: withoutReason,
    notRecorded,
    warnings,
  };
}
