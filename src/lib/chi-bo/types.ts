/**
 * The secretary's workspace (/chi-bo/) as plain data: the chi bộ, its members, its sittings.
 * Everything here stays on the secretary's device (localStorage and a roster file they save); no
 * module under src/lib/chi-bo/ talks to a network or touches the DOM.
 *
 * Where the functions live (all pure unless noted; none throws on bad input, each reports it):
 * - workspace.ts    `createWorkspace()`, `createMember(name, id)`, `createSitting(id)`, `newId()`, `nameKey(name)`,
 *                   `duplicateNameKeys(members)`, `memberPresents`, `memberReportIsRead`, `memberTakesTurn`,
 *                   `memberExcusedFromSittings`, `sittingLabel(workspace, sittingId)`, `shortDate(iso)`, `DEFAULT_SETTINGS`.
 * - roster-paste.ts `parseRosterPaste(text, existing)` → `{ names: {name, duplicate, cut}[], remainingText, messages }`.
 * - split.ts        `splitIntoSittings(workspace)` → `{ assignments, loads, warnings }`; `applySplit(workspace, split)`;
 *                   `sittingLoads(workspace)` → `{ loads, warnings }` for the split as the secretary left it.
 * - counts.ts       `countSitting(workspace, sittingId)`: the attendance block of one sitting's minutes (rules cited there).
 * - summary.ts      `summarizeSession(workspace)`: the whole session in figures (each member in exactly one group).
 * - papers/         `buildPlanPaper(ws, ctx)`, `buildAttendancePaper(ws, sittingId, ctx)`, `buildMinutesPaper(ws, sittingId, ctx)`,
 *                   `buildSummaryPaper(ws, ctx)`, with `ctx: PaperContext = { siteName, campaignName, minutesTemplate }`
 *                   (the page passes the site config's names and the `bien-ban-sinh-hoat` template). Each returns the
 *                   report's own `DocumentModel` (src/lib/report/model.ts; null for a sitting that is gone), rendered by
 *                   `renderDocx` (report/docx.ts), `documentPlainText` (report/plain-text.ts) and `PrintDocument`.
 *                   `CHAIR_CONCLUSION_NOTE` words the switch for the chair's conclusion per item.
 * - file.ts         `serializeWorkspace(workspace)`, `parseWorkspaceFile(text)` → `{ ok, workspace } | { ok: false, problem }`,
 *                   `workspaceFileName(workspace)`; normalize.ts checks and cleans each field.
 * - storage.ts      `saveWorkspace(ws)` → 'saved' | 'full' | 'unavailable', `loadWorkspace()`, `removeWorkspace()`, `WORKSPACE_KEY`,
 *                   `readStoredWorkspace()` → ok | none | unavailable | unreadable (never save over 'unreadable' unasked).
 * - hand-in.ts      `markHandedInFromDraft(workspace, draftText, knownTemplateIds, keepText, memberId?)` → `{ ok, workspace, memberId, message }
 *                   | { ok: false, message }`: a member's draft file (.json of the report form) marks that member as handed in.
 * - messages.ts     the Vietnamese words: `pasteMessages`, `splitMessages`, `countMessages`, `rosterFileProblemMessage`,
 *                   `handInMessages`, `workspaceStorageMessages`.
 */

/** Marks a stored value or a roster file as the secretary's workspace (never a member's draft). */
export const WORKSPACE_FORMAT = 'giu-tron-loi-the/chi-bo';
/** Version of the layout below. Raise it, and upgrade older data in file.ts, when the layout changes. */
export const WORKSPACE_VERSION = 1;

/** Chính thức or dự bị (Điều lệ Đảng: a dự bị member has every right but voting and standing for election). */
export type MemberKind = 'chinhThuc' | 'duBi';

/** Miễn sinh hoạt đảng as the chi bộ decided it: none, the whole of party activities, or a part of them. */
export type Exemption = 'none' | 'whole' | 'part';

/** Whether and how the member's report reached the secretary. */
export type HandIn = 'notYet' | 'paper' | 'file' | 'message';

/** Attendance at one sitting. A sitting missing from `Member.attendance` is "not recorded yet". */
export type Attendance =
  | { status: 'present' }
  /** `reason` is what the secretary typed (sanitised, at most MAX_REASON_LENGTH characters). */
  | { status: 'absentWithReason'; reason: string }
  | { status: 'absentWithoutReason' };

/** A draft's answers kept for the secretary, only when they asked for it when opening the file. */
export interface KeptDraft {
  templateId: string;
  /** The draft's own save time (ISO), as the member's file gave it. */
  savedAt: string;
  answers: Readonly<Record<string, string>>;
}

export interface Member {
  /** Stable id (never shown, never in an address); survives renames and reordering. */
  id: string;
  /** Full name as the secretary typed it (NFC, no invisible characters, at most MAX_NAME_LENGTH). */
  name: string;
  kind: MemberKind;
  /** Sinh hoạt tạm thời at this chi bộ (their official membership is elsewhere). */
  temporaryHere: boolean;
  exemption: Exemption;
  /** Giới thiệu sinh hoạt tạm thời đi nơi khác: still on this roster, sits with another chi bộ. */
  sentElsewhere: boolean;
  /** Đi làm ăn xa. */
  workingAway: boolean;
  /** Tuổi cao, sức khỏe yếu. */
  elderlyFrail: boolean;
  /** Giữ chức vụ (lãnh đạo, quản lý): the leader's report template is the one suggested to them. */
  holdsPost: boolean;
  /** The sitting the member asked for, kept by the even split; null when they did not ask. */
  requestedSittingId: string | null;
  /**
   * The sitting where the member presents their report in person, or where their written report is
   * read out (when `writtenReport` and `readOut`); null when not assigned yet or not at any sitting.
   */
  sittingId: string | null;
  /** The member sends a written report instead of presenting (members away or exempt). */
  writtenReport: boolean;
  /** The written report is read out at the sitting (the chi bộ's choice); meaningful only with `writtenReport`. */
  readOut: boolean;
  handIn: HandIn;
  /** By sitting id. */
  attendance: Readonly<Record<string, Attendance>>;
  /** The opened draft's answers, only if the secretary asked to keep them; otherwise null. */
  keptDraft: KeptDraft | null;
}

export interface Sitting {
  /** Stable id (never shown, never in an address). */
  id: string;
  /** ISO date "2023-03-12", or "" when not set. */
  date: string;
  /** "08:00", or "" when not set. */
  time: string;
  place: string;
  /** Chủ trì: the name of the member (or guest) who chairs. */
  chair: string;
  /** Thư ký: the name of who keeps the minutes. */
  clerk: string;
}

export interface WorkspaceSettings {
  /** Minutes a member takes to present a report (or for a written report to be read out). */
  minutesPerReport: number;
  /** Minutes of the chi bộ's opinions after each report. */
  minutesPerDiscussion: number;
  /** The time a sitting has for reports and their discussion, in minutes. */
  minutesPerSitting: number;
  /** Print, under each item of the minutes, a line for the chair's conclusion (a handbook's practice, not a rule). */
  chairConclusionPerItem: boolean;
}

export interface Workspace {
  format: typeof WORKSPACE_FORMAT;
  version: number;
  /** The chi bộ's name as on its papers ("Chi bộ khu phố 3"). */
  chiBoName: string;
  /** The level above ("Đảng bộ phường Phú Thủy"). */
  parentBody: string;
  /** Địa danh printed before the date on the papers (the xã or phường). */
  placeName: string;
  /** The Bí thư chi bộ's name, for "đồng chí X, Bí thư chi bộ" and the signature "T/M CHI BỘ". */
  secretaryName: string;
  settings: WorkspaceSettings;
  /** In the secretary's order. */
  members: Member[];
  /** In date order as the secretary arranged them. */
  sittings: Sitting[];
  /** Free text for the summary to the level above: what stood out. */
  summaryNote: string;
  /** ISO time of the last save. */
  savedAt: string;
}

/** Longest name kept; a longer one is cut with a message (roster-paste.ts). */
export const MAX_NAME_LENGTH = 120;
/** Most names taken from one paste; the rest stay in the box with a message. */
export const MAX_NAMES_PER_PASTE = 1000;
/** Most members in one workspace. */
export const MAX_MEMBERS = 2000;
/** Most sittings. */
export const MAX_SITTINGS = 30;
/** Longest absence reason kept. */
export const MAX_REASON_LENGTH = 2000;
/** Longest text of the other free fields (names of the chi bộ, places, the summary's note). */
export const MAX_FIELD_LENGTH = 300;
export const MAX_NOTE_LENGTH = 6000;
