import { parseDraft, type DraftProblem } from '~/lib/report/draft';
import { sanitizeText } from '~/lib/report/sanitize';
import { parseWorkspaceFile } from './file';
import { handInMessages } from './messages';
import { MAX_NAME_LENGTH, type Member, type Workspace } from './types';
import { nameKey } from './workspace';

/**
 * Opening a member's draft file (the report form's .json) marks that member as handed in ("file"). The
 * member is found by the name in the draft ("Họ và tên", field `hoTen`): the same name folded for case
 * and spaces, or, when none matches, the same letters without diacritics (a name typed on a phone without
 * accents), as long as exactly one member matches. The draft's text is kept only when the secretary asks.
 */

export type HandInResult =
  { ok: true; workspace: Workspace; memberId: string; message: string } | { ok: false; message: string };

/** A name without diacritics, "đ" as "d": "Nguyễn Văn Đức" and "nguyen van duc" fold the same. */
export function looseNameKey(name: string): string {
  return nameKey(name).normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd');
}

function findMembers(members: readonly Member[], name: string): Member[] {
  const exact = members.filter((m) => nameKey(m.name) === nameKey(name));
  return exact.length > 0 ? exact : members.filter((m) => looseNameKey(m.name) === looseNameKey(name));
}

/** The secretary's words for a file that is not a member's draft we can read. */
function draftFileProblem(problem: DraftProblem | 'unreadable'): string {
  switch (problem) {
    case 'newer':
      return 'Bản nháp này được lưu bằng phiên bản mới hơn của trang. Hãy tải lại trang rồi mở lại tệp.';
    case 'tooBig':
      return 'Tệp quá lớn để là một bản nháp báo cáo. Hãy chọn đúng tệp bản nháp (.json) đảng viên gửi.';
    case 'roster':
      return handInMessages.roster;
    default:
      return 'Không đọc được tệp này như một bản nháp báo cáo (.json) tải từ trang này. Danh sách chi bộ vẫn giữ nguyên.';
  }
}

/**
 * `memberId`: the member the secretary picked (when the draft's name matched nobody or several); then the
 * draft's name is not needed.
 */
export function markHandedInFromDraft(
  workspace: Workspace,
  text: string,
  knownTemplateIds: readonly string[],
  keepText: boolean,
  memberId?: string,
): HandInResult {
  if (parseWorkspaceFile(text).ok) return { ok: false, message: handInMessages.roster };
  const first = parseDraft(text, knownTemplateIds);
  // A draft of a template the site no longer has still names its member.
  const parsed =
    !first.ok && first.problem === 'unknownTemplate' && first.templateId ? parseDraft(text, [first.templateId]) : first;
  if (!parsed.ok) return { ok: false, message: draftFileProblem(text === '' ? 'unreadable' : parsed.problem) };
  const raw = parsed.draft.answers['hoTen'];
  const name = sanitizeText(typeof raw === 'string' ? raw : '', MAX_NAME_LENGTH).replace(/\s+/g, ' ');
  const picked = memberId === undefined ? undefined : workspace.members.filter((m) => m.id === memberId);
  if (picked === undefined && name === '') return { ok: false, message: handInMessages.noName };
  const found = picked ?? findMembers(workspace.members, name);
  if (found.length === 0) return { ok: false, message: handInMessages.notOnRoster(name) };
  if (found.length > 1) return { ok: false, message: handInMessages.severalOnRoster(name) };
  const target = found[0]!;
  const { templateId, savedAt, answers } = parsed.draft;
  const kept = keepText
    ? {
        templateId,
        savedAt,
        answers: Object.fromEntries(
          Object.entries(answers).filter((e): e is [string, string] => typeof e[1] === 'string'),
        ),
      }
    : target.keptDraft;
  return {
    ok: true,
    workspace: {
      ...workspace,
      members: workspace.members.map((m) => (m.id === target.id ? { ...m, handIn: 'file', keptDraft: kept } : m)),
    },
    memberId: target.id,
    message: handInMessages.marked(target.name, keepText),
  };
}
