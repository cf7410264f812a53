import {
  WORKSPACE_FORMAT,
  WORKSPACE_VERSION,
  type Member,
  type Sitting,
  type Workspace,
  type WorkspaceSettings,
} from './types';

/**
 * Making the workspace's pieces, and the few facts about a member that every other module asks.
 */

/**
 * Defaults for the sitting length. This site's suggestion, not a rule: no source gives a time per report.
 * 5 minutes to present, 5 for opinions, 150 minutes of a sitting for reports: 15 reports a sitting.
 */
export const DEFAULT_SETTINGS: WorkspaceSettings = {
  minutesPerReport: 5,
  minutesPerDiscussion: 5,
  minutesPerSitting: 150,
  chairConclusionPerItem: false,
};

export function createWorkspace(now = new Date()): Workspace {
  return {
    format: WORKSPACE_FORMAT,
    version: WORKSPACE_VERSION,
    chiBoName: '',
    parentBody: '',
    placeName: '',
    secretaryName: '',
    settings: { ...DEFAULT_SETTINGS },
    members: [],
    sittings: [],
    summaryNote: '',
    savedAt: now.toISOString(),
  };
}

export function createMember(name: string, id: string): Member {
  return {
    id,
    name,
    kind: 'chinhThuc',
    temporaryHere: false,
    exemption: 'none',
    sentElsewhere: false,
    workingAway: false,
    elderlyFrail: false,
    holdsPost: false,
    requestedSittingId: null,
    sittingId: null,
    writtenReport: false,
    readOut: false,
    handIn: 'notYet',
    attendance: {},
    keptDraft: null,
  };
}

export function createSitting(id: string): Sitting {
  return { id, date: '', time: '', place: '', chair: '', clerk: '' };
}

/** A fresh id: random where the browser can, else time and a counter (ids only need to be unique in one workspace). */
let counter = 0;
export function newId(): string {
  const uuid = globalThis.crypto?.randomUUID?.();
  counter += 1;
  return uuid ?? `${Date.now().toString(36)}-${counter.toString(36)}`;
}

/** A name folded for comparing: NFC, lower case (Vietnamese rules), one space between words. Diacritics are kept. */
export function nameKey(name: string): string {
  return name.normalize('NFC').toLocaleLowerCase('vi-VN').replace(/\s+/g, ' ').trim();
}

/** The folded names that more than one member carries (flagged to the secretary, never merged). */
export function duplicateNameKeys(members: readonly Pick<Member, 'name'>[]): Set<string> {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const m of members) {
    const key = nameKey(m.name);
    if (key === '') continue;
    if (seen.has(key)) repeated.add(key);
    seen.add(key);
  }
  return repeated;
}

/**
 * Not expected at sittings: exempt (from the whole or a part of party activities: the chi bộ decided which,
 * and the tool does not guess which sittings a part covers), or sitting with another chi bộ.
 */
export function memberExcusedFromSittings(member: Member): boolean {
  return member.exemption !== 'none' || member.sentElsewhere;
}

/** Presents a report in person at a sitting: expected at sittings and not sending a written report instead. */
export function memberPresents(member: Member): boolean {
  return !memberExcusedFromSittings(member) && !member.writtenReport;
}

/** Has a written report that is read out at a sitting (the chi bộ's choice, marked by the secretary). */
export function memberReportIsRead(member: Member): boolean {
  return member.writtenReport && member.readOut;
}

/** Takes a turn at a sitting: presents in person, or their written report is read out. */
export function memberTakesTurn(member: Member): boolean {
  return memberPresents(member) || memberReportIsRead(member);
}

/** The sitting with this id, or undefined. */
export function findSitting(workspace: Workspace, sittingId: string): Sitting | undefined {
  return workspace.sittings.find((s) => s.id === sittingId);
}

/** "12/3/2023" from "2023-03-12"; "" when the date is not set or not a date. */
export function shortDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${Number(m[3])}/${Number(m[2])}/${m[1]}` : '';
}

/** "Buổi 2" or "Buổi 2 (12/3/2023)": how the secretary's warnings and papers name a sitting. */
export function sittingLabel(workspace: Workspace, sittingId: string): string {
  const index = workspace.sittings.findIndex((s) => s.id === sittingId);
  const sitting = workspace.sittings[index];
  if (!sitting) return 'Buổi không còn trong kế hoạch';
  const date = shortDate(sitting.date);
  return `Buổi ${index + 1}${date ? ` (${date})` : ''}`;
}
