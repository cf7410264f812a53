import { allFields, type Answers } from './fields';

export type { Answers } from './fields';
import type { ReportTemplate } from '~/schemas/report-template';

/**
 * Drafts: what the member typed, kept on their device (localStorage) and in files they export.
 * Nothing here talks to a network. Every failure is reported, never thrown, and leaves the
 * answers in memory untouched.
 */

/** Marks a file or stored value as ours. */
export const DRAFT_FORMAT = 'giu-tron-loi-the/ban-nhap';
/** Version of the draft layout below. Raise it, and add a step to `upgrade`, when the layout changes. */
export const DRAFT_VERSION = 1;
/** The secretary's roster file (src/lib/chi-bo/types.ts WORKSPACE_FORMAT; a test checks they agree): not a draft. */
const ROSTER_FORMAT = 'giu-tron-loi-the/chi-bo';
/** Larger files are not drafts of ours: a full report is well under this. */
const MAX_FILE_BYTES = 2_000_000;

/** Text that has no question in the current template (after a template change), kept so it is never lost. */
export interface OrphanAnswer {
  id: string;
  text: string;
}

export interface Draft {
  format: typeof DRAFT_FORMAT;
  version: number;
  templateId: string;
  /** The template's `version` when the draft was saved. */
  templateVersion: number;
  /** ISO time of the last save. */
  savedAt: string;
  answers: Answers;
  orphans: OrphanAnswer[];
}

/** Why a file is not a draft we can open; `src/components/ReportForm/drafts/draft-messages.ts` words each for the member. */
export type DraftProblem = 'corrupt' | 'foreign' | 'tooBig' | 'newer' | 'unknownTemplate' | 'roster';

export type ParseResult = { ok: true; draft: Draft } | { ok: false; problem: DraftProblem; templateId?: string };

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Read a draft from JSON text (an imported file or a stored value). Older layouts are upgraded;
 * foreign, corrupt or newer files give the problem instead (worded in src/components/ReportForm/drafts/draft-messages.ts).
 */
export function parseDraft(text: string, knownTemplateIds: readonly string[]): ParseResult {
  if (text.length > MAX_FILE_BYTES) return { ok: false, problem: 'tooBig' };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'corrupt' };
  }
  if (isRecord(data) && data['format'] === ROSTER_FORMAT) return { ok: false, problem: 'roster' };
  if (!isRecord(data) || data['format'] !== DRAFT_FORMAT) return { ok: false, problem: 'foreign' };
  const version = data['version'];
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    return { ok: false, problem: 'corrupt' };
  if (version > DRAFT_VERSION) return { ok: false, problem: 'newer' };
  const { templateId, templateVersion, savedAt, answers, orphans } = data;
  if (typeof templateId !== 'string' || !isRecord(answers)) return { ok: false, problem: 'corrupt' };
  if (!knownTemplateIds.includes(templateId)) return { ok: false, problem: 'unknownTemplate', templateId };
  const cleanAnswers: Record<string, string> = {};
  for (const [key, value] of Object.entries(answers)) {
    if (typeof value !== 'string') return { ok: false, problem: 'corrupt' };
    cleanAnswers[key] = value;
  }
  const cleanOrphans = Array.isArray(orphans)
    ? orphans.filter(
        (o): o is OrphanAnswer => isRecord(o) && typeof o['id'] === 'string' && typeof o['text'] === 'string',
      )
    : [];
  return {
    ok: true,
    draft: {
      format: DRAFT_FORMAT,
      version: DRAFT_VERSION,
      templateId,
      templateVersion: typeof templateVersion === 'number' ? templateVersion : 0,
      savedAt: typeof savedAt === 'string' ? savedAt : '',
      answers: cleanAnswers,
      orphans: cleanOrphans,
    },
  };
}

/**
 * Fit a draft to the current template: answers under a field's former id move to the field;
 * answers with no field left become orphans. No text is dropped.
 */
export function fitToTemplate(template: ReportTemplate, draft: Draft): { values: Answers; orphans: OrphanAnswer[] } {
  const fields = allFields(template);
  const values: Answers = Object.fromEntries(fields.map((f) => [f.id, '']));
  const renamed = new Map<string, string>();
  for (const f of fields) if ('formerIds' in f) for (const old of f.formerIds) renamed.set(old, f.id);
  const orphans = [...draft.orphans];
  for (const [key, text] of Object.entries(draft.answers)) {
    const target = key in values ? key : renamed.get(key);
    if (target !== undefined && values[target] === '') values[target] = text;
    else if (text.trim() !== '') orphans.push({ id: key, text });
  }
  return { values, orphans };
}

/** Wrap answers as a draft, ready to store or export. */
export function makeDraft(
  template: ReportTemplate,
  answers: Answers,
  orphans: OrphanAnswer[],
  now = new Date(),
): Draft {
  return {
    format: DRAFT_FORMAT,
    version: DRAFT_VERSION,
    templateId: template.id,
    templateVersion: template.version,
    savedAt: now.toISOString(),
    answers,
    orphans,
  };
}

/** True when no answer and no orphan has any text. */
export function isEmptyDraft(answers: Readonly<Answers>, orphans: readonly OrphanAnswer[]): boolean {
  return orphans.length === 0 && Object.values(answers).every((v) => v.trim() === '');
}

/**
 * Three-way merge of one template's answers, for two tabs on one draft. `base` is what both started
 * from; a field only one side changed takes that side's text; a field both changed differently is a
 * conflict (the local text is kept in `merged` and the member is asked).
 */
export function mergeAnswers(
  base: Readonly<Answers>,
  local: Readonly<Answers>,
  remote: Readonly<Answers>,
): { merged: Answers; conflicts: string[] } {
  const merged: Answers = { ...local };
  const conflicts: string[] = [];
  for (const id of new Set([...Object.keys(local), ...Object.keys(remote)])) {
    const b = base[id] ?? '';
    const l = local[id] ?? '';
    const r = remote[id] ?? '';
    if (l === r || r === b) continue;
    if (l === b) merged[id] = r;
    else conflicts.push(id);
  }
  return { merged, conflicts };
}
