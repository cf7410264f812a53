import { sanitizeText } from '~/lib/report/sanitize';
import {
  MAX_FIELD_LENGTH,
  MAX_MEMBERS,
  MAX_NAME_LENGTH,
  MAX_NOTE_LENGTH,
  MAX_REASON_LENGTH,
  MAX_SITTINGS,
  WORKSPACE_FORMAT,
  WORKSPACE_VERSION,
  type Attendance,
  type Exemption,
  type HandIn,
  type KeptDraft,
  type Member,
  type Sitting,
  type Workspace,
  type WorkspaceSettings,
} from './types';
import { DEFAULT_SETTINGS } from './workspace';

/**
 * A workspace read from a file or from storage, checked field by field: any shape we do not know is
 * "corrupt"; every text is cleaned by the report's sanitiser and held to its limit; fields a file leaves
 * out take their defaults. Written by hand (no schema library) so it costs the page little.
 */

export type NormalizeResult = { ok: true; workspace: Workspace } | { ok: false; problem: 'corrupt' | 'tooBig' };

type Data = Record<string, unknown>;
export const isRecord = (v: unknown): v is Data => typeof v === 'object' && v !== null && !Array.isArray(v);

class Corrupt extends Error {}
const fail = (): never => {
  throw new Corrupt();
};

const text = (v: unknown, max: number, fallback = ''): string =>
  v === undefined ? fallback : typeof v === 'string' ? sanitizeText(v, max) : fail();
const line = (v: unknown, max: number) => text(v, max).replace(/\s+/g, ' ');
const flag = (v: unknown): boolean => (v === undefined ? false : typeof v === 'boolean' ? v : fail());
const oneOf = <T extends string>(v: unknown, options: readonly T[], fallback: T): T =>
  v === undefined ? fallback : options.includes(v as T) ? (v as T) : fail();
const minutes = (v: unknown, fallback: number): number =>
  v === undefined ? fallback : typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 24 * 60 ? v : fail();
const id = (v: unknown): string => (typeof v === 'string' && /^[\w-]{1,64}$/.test(v) ? v : fail());
const idOrNull = (v: unknown): string | null => (v === undefined || v === null ? null : id(v));
const isoDate = (v: unknown): string => {
  const s = text(v, 10);
  return s === '' || /^\d{4}-\d{2}-\d{2}$/.test(s) ? s : fail();
};
const clock = (v: unknown): string => {
  const s = text(v, 5);
  return s === '' || /^\d{1,2}:\d{2}$/.test(s) ? s : fail();
};

function settings(v: unknown): WorkspaceSettings {
  if (v === undefined) return { ...DEFAULT_SETTINGS };
  const d = isRecord(v) ? v : fail();
  return {
    minutesPerReport: minutes(d['minutesPerReport'], DEFAULT_SETTINGS.minutesPerReport),
    minutesPerDiscussion: minutes(d['minutesPerDiscussion'], DEFAULT_SETTINGS.minutesPerDiscussion),
    minutesPerSitting: minutes(d['minutesPerSitting'], DEFAULT_SETTINGS.minutesPerSitting),
    chairConclusionPerItem: flag(d['chairConclusionPerItem']),
  };
}

function attendance(v: unknown, sittingIds: ReadonlySet<string>): Record<string, Attendance> {
  if (v === undefined) return {};
  const out: Record<string, Attendance> = {};
  for (const [key, value] of Object.entries(isRecord(v) ? v : fail())) {
    const d = isRecord(value) ? value : fail();
    const status = oneOf(
      d['status'] ?? null,
      ['present', 'absentWithReason', 'absentWithoutReason'] as const,
      'present',
    );
    // A record of a sitting no longer in the plan is dropped with it.
    if (!sittingIds.has(key)) continue;
    out[key] = status === 'absentWithReason' ? { status, reason: text(d['reason'], MAX_REASON_LENGTH) } : { status };
  }
  return out;
}

function keptDraft(v: unknown): KeptDraft | null {
  if (v === undefined || v === null) return null;
  const d = isRecord(v) ? v : fail();
  const answers = isRecord(d['answers']) ? d['answers'] : fail();
  return {
    templateId: line(d['templateId'], MAX_FIELD_LENGTH),
    savedAt: line(d['savedAt'], 40),
    answers: Object.fromEntries(Object.entries(answers).map(([k, a]) => [k, text(a, MAX_NOTE_LENGTH * 4)])),
  };
}

function member(v: unknown, sittingIds: ReadonlySet<string>): Member {
  const d = isRecord(v) ? v : fail();
  const sittingRef = (x: unknown) => {
    const ref = idOrNull(x);
    return ref !== null && sittingIds.has(ref) ? ref : null;
  };
  return {
    id: id(d['id']),
    name: line(d['name'], MAX_NAME_LENGTH),
    kind: oneOf(d['kind'], ['chinhThuc', 'duBi'] as const, 'chinhThuc'),
    temporaryHere: flag(d['temporaryHere']),
    exemption: oneOf<Exemption>(d['exemption'], ['none', 'whole', 'part'], 'none'),
    sentElsewhere: flag(d['sentElsewhere']),
    workingAway: flag(d['workingAway']),
    elderlyFrail: flag(d['elderlyFrail']),
    holdsPost: flag(d['holdsPost']),
    requestedSittingId: sittingRef(d['requestedSittingId']),
    sittingId: sittingRef(d['sittingId']),
    writtenReport: flag(d['writtenReport']),
    readOut: flag(d['readOut']),
    handIn: oneOf<HandIn>(d['handIn'], ['notYet', 'paper', 'file', 'message'], 'notYet'),
    attendance: attendance(d['attendance'], sittingIds),
    keptDraft: keptDraft(d['keptDraft']),
  };
}

function sitting(v: unknown): Sitting {
  const d = isRecord(v) ? v : fail();
  return {
    id: id(d['id']),
    date: isoDate(d['date']),
    time: clock(d['time']),
    place: line(d['place'], MAX_FIELD_LENGTH),
    chair: line(d['chair'], MAX_NAME_LENGTH),
    clerk: line(d['clerk'], MAX_NAME_LENGTH),
  };
}

const unique = (ids: readonly string[]) => new Set(ids).size === ids.length;

/** A workspace of the current layout from parsed JSON whose format and version were already checked. */
export function normalizeWorkspace(data: Data): NormalizeResult {
  const rawMembers = data['members'] ?? [];
  const rawSittings = data['sittings'] ?? [];
  if (!Array.isArray(rawMembers) || !Array.isArray(rawSittings)) return { ok: false, problem: 'corrupt' };
  if (rawMembers.length > MAX_MEMBERS || rawSittings.length > MAX_SITTINGS) return { ok: false, problem: 'tooBig' };
  try {
    const sittings = rawSittings.map(sitting);
    const sittingIds = new Set(sittings.map((s) => s.id));
    const members = rawMembers.map((m) => member(m, sittingIds));
    if (!unique(sittings.map((s) => s.id)) || !unique(members.map((m) => m.id)))
      return { ok: false, problem: 'corrupt' };
    return {
      ok: true,
      workspace: {
        format: WORKSPACE_FORMAT,
        version: WORKSPACE_VERSION,
        chiBoName: line(data['chiBoName'], MAX_FIELD_LENGTH),
        parentBody: line(data['parentBody'], MAX_FIELD_LENGTH),
        placeName: line(data['placeName'], MAX_FIELD_LENGTH),
        secretaryName: line(data['secretaryName'], MAX_NAME_LENGTH),
        settings: settings(data['settings']),
        members,
        sittings,
        summaryNote: text(data['summaryNote'], MAX_NOTE_LENGTH),
        savedAt: line(data['savedAt'], 40),
      },
    };
  } catch (error) {
    if (error instanceof Corrupt) return { ok: false, problem: 'corrupt' };
    throw error;
  }
}
