import { normalizeWorkspace, isRecord } from './normalize';
import type { RosterFileProblem } from './messages';
import { WORKSPACE_FORMAT, WORKSPACE_VERSION, type Workspace } from './types';

/**
 * The roster file: the whole workspace as JSON, a kind of its own (format "giu-tron-loi-the/chi-bo"), to
 * keep a copy or to carry on on another device. A member's draft (format "giu-tron-loi-the/ban-nhap") is
 * refused with its own message, as the report form refuses a roster file (report/draft.ts).
 */

/** The format of a member's report draft (report/draft.ts DRAFT_FORMAT; a test checks they agree). */
const MEMBER_DRAFT_FORMAT = 'giu-tron-loi-the/ban-nhap';
/** Larger files are not rosters of ours: 2,000 members with kept drafts stay well under it. */
export const MAX_ROSTER_FILE_CHARS = 20_000_000;

export type WorkspaceFileResult = { ok: true; workspace: Workspace } | { ok: false; problem: RosterFileProblem };

export function serializeWorkspace(workspace: Workspace): string {
  return JSON.stringify({ ...workspace, format: WORKSPACE_FORMAT, version: WORKSPACE_VERSION });
}

/** Read a roster file (or the stored value: storage.ts uses the same reader). */
export function parseWorkspaceFile(text: string): WorkspaceFileResult {
  if (text.length > MAX_ROSTER_FILE_CHARS) return { ok: false, problem: 'tooBig' };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'corrupt' };
  }
  if (!isRecord(data)) return { ok: false, problem: 'foreign' };
  if (data['format'] === MEMBER_DRAFT_FORMAT) return { ok: false, problem: 'memberDraft' };
  if (data['format'] !== WORKSPACE_FORMAT) return { ok: false, problem: 'foreign' };
  const version = data['version'];
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    return { ok: false, problem: 'corrupt' };
  if (version > WORKSPACE_VERSION) return { ok: false, problem: 'newer' };
  return normalizeWorkspace(data);
}

/** "danh-sach-chi-bo-2026-12-04.json": ASCII, no name of the chi bộ or a member (the file may be forwarded). */
export function workspaceFileName(workspace: Workspace, now = new Date()): string {
  const day = /^\d{4}-\d{2}-\d{2}/.test(workspace.savedAt)
    ? workspace.savedAt.slice(0, 10)
    : now.toISOString().slice(0, 10);
  return `danh-sach-chi-bo-${day}.json`;
}
