import { useCallback, useEffect, useId, useMemo, useRef, useState, type Dispatch } from 'react';
import { parseRosterPaste } from '~/lib/chi-bo/roster-paste';
import { createMember, duplicateNameKeys, nameKey, newId } from '~/lib/chi-bo/workspace';
import { MAX_FIELD_LENGTH, type Workspace } from '~/lib/chi-bo/types';
import type { Action } from './reducer';
import { RosterFile } from './RosterFile';
import { useProgressive } from './useProgressive';
import { MemberRow } from './MemberRow';

interface Props {
  workspace: Workspace;
  dispatch: Dispatch<Action>;
  /** What was typed in the page's plain paste box before the island started. */
  initialPaste: string;
  /** The plain box's "Thêm vào danh sách" was pressed before the island started: add at once. */
  addAtStart: boolean;
  onCleared: () => void;
}

/** The roster: the chi bộ's own details, the paste box, and each member with their attributes. */
export function RosterView({ workspace, dispatch, initialPaste, addAtStart, onCleared }: Props) {
  const id = useId();
  const [paste, setPaste] = useState(initialPaste);
  const [messages, setMessages] = useState<string[]>([]);
  const [added, setAdded] = useState<number | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const started = useRef(false);
  // Open for a new chi bộ; after that the secretary opens and closes it (the prop never changes, so React leaves it).
  const [detailsOpen] = useState(workspace.members.length === 0 && workspace.chiBoName === '');

  const add = useCallback(
    (text: string) => {
      const result = parseRosterPaste(text, workspace.members);
      dispatch({ type: 'addMembers', members: result.names.map((n) => createMember(n.name, newId())) });
      setPaste(result.remainingText);
      setMessages(result.messages);
      setAdded(result.names.length);
    },
    [workspace.members, dispatch],
  );
  useEffect(() => {
    if (addAtStart && !started.current) {
      started.current = true;
      add(initialPaste);
    }
  }, [addAtStart, add, initialPaste]);

  const addOne = () => {
    const member = createMember('', newId());
    dispatch({ type: 'addMembers', members: [member] });
    setEditing(member.id);
    requestAnimationFrame(() => document.getElementById(`cb-name-${member.id}`)?.focus());
  };

  const shown = useProgressive(workspace.members.length);
  const duplicates = useMemo(() => duplicateNameKeys(workspace.members), [workspace.members]);
  const firstWithName = useMemo(() => {
    const first = new Map<string, number>();
    workspace.members.forEach((m, i) => {
      const key = nameKey(m.name);
      if (!first.has(key)) first.set(key, i + 1);
    });
    return first;
  }, [workspace.members]);

  const setField = (field: 'chiBoName' | 'parentBody' | 'placeName' | 'secretaryName', value: string) =>
    dispatch({ type: 'setWorkspaceField', field, value });

  return (
    <>
      <details className="chi-bo__details" open={detailsOpen}>
        <summary>Tên chi bộ và người ký giấy tờ</summary>
        {(
          [
            ['chiBoName', 'Tên chi bộ', 'Ví dụ: Chi bộ khu phố 3'],
            ['parentBody', 'Đảng bộ cấp trên', 'Ví dụ: Đảng bộ phường Phú Thủy'],
            ['placeName', 'Địa danh ghi trước ngày tháng trên giấy tờ', 'Tên xã, phường nơi chi bộ sinh hoạt'],
            [
              'secretaryName',
              'Họ tên bí thư chi bộ',
              'In ở chỗ ký “T/M CHI BỘ” và trong câu “đồng chí …, Bí thư chi bộ”',
            ],
          ] as const
        ).map(([field, label, hint]) => (
          <div className="rf-field" key={field}>
            <label className="rf-label" htmlFor={`${id}-${field}`}>
              {label}
            </label>
            <p className="rf-hint" id={`${id}-${field}-hint`}>
              {hint}
            </p>
            <input
              id={`${id}-${field}`}
              type="text"
              value={workspace[field]}
              maxLength={MAX_FIELD_LENGTH}
              aria-describedby={`${id}-${field}-hint`}
              onChange={(e) => setField(field, e.target.value)}
            />
          </div>
        ))}
      </details>

      <h2>Thêm đảng viên</h2>
      <form
        className="rf-field"
        onSubmit={(e) => {
          e.preventDefault();
          add(paste);
        }}
      >
        <label className="rf-label" htmlFor="cb-paste">
          Dán danh sách họ tên, mỗi dòng một người
        </label>
        <p className="rf-hint" id="cb-paste-hint">
          Chép từ Excel, từ tin nhắn Zalo hay gõ tay đều được. Số thứ tự, gạch đầu dòng và chữ “đ/c” ở đầu dòng sẽ tự
          bỏ.
        </p>
        <textarea
          id="cb-paste"
          rows={6}
          value={paste}
          aria-describedby="cb-paste-hint"
          onChange={(e) => setPaste(e.target.value)}
          data-roster-paste
        />
        <div className="rf-actions">
          <button type="submit" className="rf-button">
            Thêm vào danh sách
          </button>
          <button type="button" className="rf-button rf-button--secondary" onClick={addOne}>
            Thêm từng người
          </button>
        </div>
        <div role="status" className="chi-bo__messages" data-paste-status>
          {added !== null && (
            <p className="rf-saved">{added > 0 ? `Đã thêm ${added} đồng chí vào danh sách.` : 'Chưa thêm ai.'}</p>
          )}
          {messages.map((m) => (
            <p key={m} className="rf-note">
              {m}
            </p>
          ))}
        </div>
      </form>

      <h2 id="cb-roster-h">Danh sách ({workspace.members.length} đồng chí)</h2>
      {workspace.members.length === 0 ? (
        <p>Danh sách chưa có ai. Hãy dán họ tên vào ô ở trên.</p>
      ) : (
        <ol className="chi-bo__roster" aria-labelledby="cb-roster-h" data-roster>
          {workspace.members.slice(0, shown).map((m, i) => (
            <MemberRow
              key={m.id}
              member={m}
              index={i}
              last={i === workspace.members.length - 1}
              duplicateOf={duplicates.has(nameKey(m.name)) ? (firstWithName.get(nameKey(m.name)) ?? null) : null}
              editing={editing === m.id}
              setEditing={setEditing}
              dispatch={dispatch}
            />
          ))}
        </ol>
      )}
      <RosterFile workspace={workspace} dispatch={dispatch} onCleared={onCleared} />
    </>
  );
}
