import { countSitting, type SittingCounts } from './counts';
import type { HandIn, Member, Workspace } from './types';
import { memberPresents, memberReportIsRead, sittingLabel } from './workspace';

/**
 * The whole session in figures, for the summary to the level above (papers/summary.ts) and the screen.
 * Every member lands in exactly one of: presented in person, written report, exempt, sent elsewhere,
 * not yet presented, so the figures add up to the roster (tests check it).
 * - presented in person: takes a turn in person and is recorded present at the sitting they were placed in;
 * - written report: sends one (read out or not), whatever else is marked;
 * - exempt / sent elsewhere: as marked, when not sending a written report;
 * - not yet presented: everyone else (not placed, absent at their sitting, or nothing recorded yet).
 */

export interface SittingSummary {
  sittingId: string;
  /** "Buổi 2 (17/3/2023)". */
  label: string;
  counts: SittingCounts;
  /** Names, in roster order. */
  presented: string[];
  read: string[];
}

export interface SessionSummary {
  total: number;
  sittings: SittingSummary[];
  presented: string[];
  writtenRead: string[];
  writtenNotRead: string[];
  exempt: string[];
  sentElsewhere: string[];
  notPresented: string[];
  handIn: Record<HandIn, number>;
}

type Outcome = 'presented' | 'writtenRead' | 'writtenNotRead' | 'exempt' | 'sentElsewhere' | 'notPresented';

function outcomeOf(member: Member, sittingIds: ReadonlySet<string>): Outcome {
  if (member.writtenReport)
    return memberReportIsRead(member) && member.sittingId !== null && sittingIds.has(member.sittingId)
      ? 'writtenRead'
      : 'writtenNotRead';
  if (member.sentElsewhere) return 'sentElsewhere';
  if (member.exemption !== 'none') return 'exempt';
  const at = member.sittingId;
  return memberPresents(member) && at !== null && sittingIds.has(at) && member.attendance[at]?.status === 'present'
    ? 'presented'
    : 'notPresented';
}

export function summarizeSession(workspace: Workspace): SessionSummary {
  const sittingIds = new Set(workspace.sittings.map((s) => s.id));
  const by: Record<Outcome, Member[]> = {
    presented: [],
    writtenRead: [],
    writtenNotRead: [],
    exempt: [],
    sentElsewhere: [],
    notPresented: [],
  };
  for (const m of workspace.members) by[outcomeOf(m, sittingIds)].push(m);
  const names = (list: Member[]) => list.map((m) => m.name);
  const handIn: Record<HandIn, number> = { notYet: 0, paper: 0, file: 0, message: 0 };
  for (const m of workspace.members) handIn[m.handIn] += 1;
  return {
    total: workspace.members.length,
    sittings: workspace.sittings.map((s) => ({
      sittingId: s.id,
      label: sittingLabel(workspace, s.id),
      counts: countSitting(workspace, s.id),
      presented: names(by.presented.filter((m) => m.sittingId === s.id)),
      read: names(by.writtenRead.filter((m) => m.sittingId === s.id)),
    })),
    presented: names(by.presented),
    writtenRead: names(by.writtenRead),
    writtenNotRead: names(by.writtenNotRead),
    exempt: names(by.exempt),
    sentElsewhere: names(by.sentElsewhere),
    notPresented: names(by.notPresented),
    handIn,
  };
}
