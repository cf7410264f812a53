import { splitMessages } from './messages';
import type { Member, Workspace } from './types';
import { memberTakesTurn, sittingLabel } from './workspace';

/**
 * The even split of a large chi bộ's reports into sittings (phân kỳ). A turn is a member presenting in
 * person or a written report read out (workspace.ts says who); members exempt from the whole of party
 * activities, members sitting with another chi bộ and written reports not read out take no turn.
 *
 * The rule, this site's own (no source sets one): members keep the sitting they asked for; the others
 * fill the sittings in roster order, so each sitting ends with as equal a number of turns as the requests
 * allow (the fewer-loaded and earlier sittings first). The same workspace always gives the same split.
 */

export interface SittingLoad {
  sittingId: string;
  turns: number;
  /** turns × (minutes per report + minutes per discussion). */
  minutes: number;
}

export interface SplitResult {
  /** By member id: the sitting of their turn, or null when they take no turn (or there is no sitting). */
  assignments: Record<string, string | null>;
  loads: SittingLoad[];
  /** Vietnamese, for the secretary. */
  warnings: string[];
}

const minutesPerTurn = (workspace: Workspace) =>
  workspace.settings.minutesPerReport + workspace.settings.minutesPerDiscussion;

/** The target number of turns of each sitting: the requests first, then one at a time to the least loaded. */
function targetCounts(fixed: readonly number[], total: number): number[] {
  const counts = [...fixed];
  for (let left = total - fixed.reduce((a, b) => a + b, 0); left > 0; left -= 1) {
    let least = 0;
    counts.forEach((c, i) => {
      if (c < (counts[least] ?? 0)) least = i;
    });
    counts[least] = (counts[least] ?? 0) + 1;
  }
  return counts;
}

/** The split as the tool proposes it; the secretary may still move anyone (then `sittingLoads` checks the result). */
export function splitIntoSittings(workspace: Workspace): SplitResult {
  const assignments: Record<string, string | null> = {};
  const warnings: string[] = [];
  const sittingIds = workspace.sittings.map((s) => s.id);
  const turns = workspace.members.filter(memberTakesTurn);
  for (const m of workspace.members) {
    assignments[m.id] = null;
    if (m.requestedSittingId !== null && !memberTakesTurn(m))
      warnings.push(splitMessages.requestedNotTakingTurn(m.name));
  }
  if (sittingIds.length === 0) {
    if (turns.length > 0) warnings.unshift(splitMessages.noSittings);
    return { assignments, loads: [], warnings };
  }
  const requested = (m: Member) =>
    m.requestedSittingId !== null && sittingIds.includes(m.requestedSittingId) ? m.requestedSittingId : null;
  const fixed = sittingIds.map((id) => turns.filter((m) => requested(m) === id).length);
  const targets = targetCounts(fixed, turns.length);
  const room = targets.map((t, i) => t - (fixed[i] ?? 0));
  let sitting = 0;
  for (const m of turns) {
    const asked = requested(m);
    if (m.requestedSittingId !== null && asked === null) warnings.push(splitMessages.requestedMissing(m.name));
    if (asked !== null) {
      assignments[m.id] = asked;
      continue;
    }
    while ((room[sitting] ?? 0) === 0) sitting += 1;
    assignments[m.id] = sittingIds[sitting] ?? null;
    room[sitting] = (room[sitting] ?? 0) - 1;
  }
  const assigned: Workspace = {
    ...workspace,
    members: workspace.members.map((m) => ({ ...m, sittingId: assignments[m.id] ?? null })),
  };
  const { loads, warnings: loadWarnings } = sittingLoads(assigned);
  return { assignments, loads, warnings: [...warnings, ...loadWarnings] };
}

/** The turns and minutes of each sitting as assigned now, with a warning for each sitting over its length. */
export function sittingLoads(workspace: Workspace): { loads: SittingLoad[]; warnings: string[] } {
  const perTurn = minutesPerTurn(workspace);
  const limit = workspace.settings.minutesPerSitting;
  const loads = workspace.sittings.map((s) => {
    const count = workspace.members.filter((m) => m.sittingId === s.id && memberTakesTurn(m)).length;
    return { sittingId: s.id, turns: count, minutes: count * perTurn };
  });
  const warnings: string[] = [];
  const totalTurns = loads.reduce((sum, l) => sum + l.turns, 0);
  if (limit > 0 && totalTurns * perTurn > limit * loads.length) warnings.push(splitMessages.notEnoughRoom(totalTurns));
  for (const load of loads) {
    if (limit > 0 && load.minutes > limit)
      warnings.push(splitMessages.overLength(sittingLabel(workspace, load.sittingId), load.minutes, limit));
  }
  return { loads, warnings };
}

/** The workspace with a split applied (members' `sittingId` set from `assignments`). */
export function applySplit(workspace: Workspace, split: SplitResult): Workspace {
  return {
    ...workspace,
    members: workspace.members.map((m) =>
      m.id in split.assignments ? { ...m, sittingId: split.assignments[m.id] ?? null } : m,
    ),
  };
}
