import { memberExcusedFromSittings } from '~/lib/chi-bo/workspace';
import type { Attendance, Member, Sitting, Workspace, WorkspaceSettings } from '~/lib/chi-bo/types';

/**
 * Every change the screen makes to the workspace, as one reducer: each returns a new workspace and changes only
 * the member or sitting it names, so the rows that did not change keep their identity and are not drawn again.
 */
export type Action =
  | { type: 'replace'; workspace: Workspace }
  | {
      type: 'setWorkspaceField';
      field: 'chiBoName' | 'parentBody' | 'placeName' | 'secretaryName' | 'summaryNote';
      value: string;
    }
  | { type: 'setSettings'; patch: Partial<WorkspaceSettings> }
  | { type: 'addMembers'; members: Member[] }
  | { type: 'updateMember'; id: string; patch: Partial<Member> }
  | { type: 'setAttendance'; id: string; sittingId: string; attendance: Attendance | null }
  | { type: 'markPresent'; sittingId: string }
  | { type: 'moveMember'; id: string; by: -1 | 1 }
  | { type: 'removeMember'; id: string }
  | { type: 'addSitting'; sitting: Sitting }
  | { type: 'updateSitting'; id: string; patch: Partial<Sitting> }
  | { type: 'removeSitting'; id: string }
  | { type: 'assign'; assignments: Readonly<Record<string, string | null>> };

const mapMember = (ws: Workspace, id: string, f: (m: Member) => Member): Workspace => ({
  ...ws,
  members: ws.members.map((m) => (m.id === id ? f(m) : m)),
});

export function reduce(ws: Workspace, action: Action): Workspace {
  switch (action.type) {
    case 'replace':
      return action.workspace;
    case 'setWorkspaceField':
      return { ...ws, [action.field]: action.value };
    case 'setSettings':
      return { ...ws, settings: { ...ws.settings, ...action.patch } };
    case 'addMembers':
      return action.members.length === 0 ? ws : { ...ws, members: [...ws.members, ...action.members] };
    case 'updateMember':
      return mapMember(ws, action.id, (m) => ({ ...m, ...action.patch }));
    case 'setAttendance':
      return mapMember(ws, action.id, (m) => {
        const attendance = { ...m.attendance };
        if (action.attendance) attendance[action.sittingId] = action.attendance;
        else delete attendance[action.sittingId];
        return { ...m, attendance };
      });
    case 'markPresent':
      return {
        ...ws,
        members: ws.members.map((m) =>
          m.attendance[action.sittingId] || memberExcusedFromSittings(m)
            ? m
            : { ...m, attendance: { ...m.attendance, [action.sittingId]: { status: 'present' } } },
        ),
      };
    case 'moveMember': {
      const from = ws.members.findIndex((m) => m.id === action.id);
      const to = from + action.by;
      if (from < 0 || to < 0 || to >= ws.members.length) return ws;
      const members = [...ws.members];
      [members[from], members[to]] = [members[to]!, members[from]!];
      return { ...ws, members };
    }
    case 'removeMember':
      return { ...ws, members: ws.members.filter((m) => m.id !== action.id) };
    case 'addSitting':
      return { ...ws, sittings: [...ws.sittings, action.sitting] };
    case 'updateSitting':
      return { ...ws, sittings: ws.sittings.map((s) => (s.id === action.id ? { ...s, ...action.patch } : s)) };
    case 'removeSitting': {
      const gone = action.id;
      const members = ws.members.map((m) => {
        if (m.sittingId !== gone && m.requestedSittingId !== gone && !(gone in m.attendance)) return m;
        const attendance = { ...m.attendance };
        delete attendance[gone];
        return {
          ...m,
          sittingId: m.sittingId === gone ? null : m.sittingId,
          requestedSittingId: m.requestedSittingId === gone ? null : m.requestedSittingId,
          attendance,
        };
      });
      return { ...ws, members, sittings: ws.sittings.filter((s) => s.id !== gone) };
    }
    case 'assign':
      return {
        ...ws,
        members: ws.members.map((m) =>
          m.id in action.assignments && action.assignments[m.id] !== m.sittingId
            ? { ...m, sittingId: action.assignments[m.id] ?? null }
            : m,
        ),
      };
  }
}
