import { memo, useState, type Dispatch } from 'react';
import { MAX_NAME_LENGTH, type Exemption, type Member } from '~/lib/chi-bo/types';
import type { Action } from './reducer';

/** Invisible direction and zero-width characters never belong in a name; the rest is kept as typed. */
const cleanTypedName = (value: string) =>
  value.normalize('NFC').replace(/[\u200B-\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF\u00AD]/g, '');

/** One member of the roster: a row with their marks, and its editor. */
const kindLabel = { chinhThuc: 'chính thức', duBi: 'dự bị' } as const;
const exemptionLabel: Record<Exemption, string> = { none: 'Không', whole: 'Miễn toàn bộ', part: 'Miễn một phần' };

/** What the secretary marked about a member, in a few words. */
function memberTags(m: Member): string[] {
  const tags: string[] = [`đảng viên ${kindLabel[m.kind]}`];
  if (m.temporaryHere) tags.push('sinh hoạt tạm thời ở đây');
  if (m.exemption === 'whole') tags.push('miễn sinh hoạt');
  if (m.exemption === 'part') tags.push('miễn một phần sinh hoạt');
  if (m.sentElsewhere) tags.push('sinh hoạt tạm thời nơi khác');
  if (m.workingAway) tags.push('đi làm ăn xa');
  if (m.elderlyFrail) tags.push('tuổi cao, sức khỏe yếu');
  if (m.holdsPost) tags.push('giữ chức vụ');
  return tags;
}

interface RowProps {
  member: Member;
  index: number;
  last: boolean;
  /** The number of the first member with the same name, when this name is on the roster twice or more. */
  duplicateOf: number | null;
  editing: boolean;
  setEditing: (id: string | null) => void;
  dispatch: Dispatch<Action>;
}

export const MemberRow = memo(function MemberRow({
  member: m,
  index,
  last,
  duplicateOf,
  editing,
  setEditing,
  dispatch,
}: RowProps) {
  const [confirming, setConfirming] = useState(false);
  const n = index + 1;
  const label = m.name || `số ${n}`;
  const set = (patch: Partial<Member>) => dispatch({ type: 'updateMember', id: m.id, patch });
  const move = (by: -1 | 1) => {
    dispatch({ type: 'moveMember', id: m.id, by });
    // The same button of the row in its new place keeps the focus, so pressing again moves it on.
    // At the top or the bottom that button is disabled: the other one takes the focus.
    requestAnimationFrame(() => {
      const same = document.getElementById(`cb-${by < 0 ? 'up' : 'down'}-${m.id}`) as HTMLButtonElement | null;
      (same && !same.disabled ? same : document.getElementById(`cb-${by < 0 ? 'down' : 'up'}-${m.id}`))?.focus();
    });
  };
  const fid = (f: string) => `cb-${f}-${m.id}`;
  const toggleEditor = () => {
    setEditing(editing ? null : m.id);
    // The editor opens with its first field ready to type in.
    if (!editing) requestAnimationFrame(() => document.getElementById(fid('name'))?.focus());
  };
  return (
    <li className="chi-bo__member" data-member>
      <p className="chi-bo__member-name">
        <span className="chi-bo__number">{n}.</span> <strong>{m.name || '(chưa có tên)'}</strong>
      </p>
      <p className="chi-bo__tags">{memberTags(m).join('; ')}</p>
      {duplicateOf !== null && (
        <p className="rf-error" data-duplicate>
          {duplicateOf === n ? 'Tên này có hơn một người trong danh sách.' : `Trùng tên với số ${duplicateOf}.`} Nếu là
          một người, hãy xóa bớt một dòng.
        </p>
      )}
      <div className="chi-bo__row-actions">
        <button
          type="button"
          id={fid('edit')}
          className="rf-button rf-button--secondary"
          aria-expanded={editing}
          onClick={() => toggleEditor()}
        >
          {editing ? 'Xong' : 'Sửa'}
          <span className="visually-hidden"> {label}</span>
        </button>
        <button
          type="button"
          id={fid('up')}
          className="rf-button rf-button--secondary"
          disabled={index === 0}
          onClick={() => move(-1)}
        >
          Lên<span className="visually-hidden"> {label}</span>
        </button>
        <button
          type="button"
          id={fid('down')}
          className="rf-button rf-button--secondary"
          disabled={last}
          onClick={() => move(1)}
        >
          Xuống<span className="visually-hidden"> {label}</span>
        </button>
        <button type="button" className="rf-button rf-button--secondary" onClick={() => setConfirming(true)}>
          Xóa<span className="visually-hidden"> {label}</span>
        </button>
      </div>
      {confirming && (
        <div className="rf-confirm" role="group" aria-label={`Xóa ${label}`}>
          <p>Xóa đồng chí {label} khỏi danh sách? Những gì đã ghi về đồng chí này (nộp báo cáo, có mặt) cũng mất.</p>
          <button
            type="button"
            className="rf-button rf-button--warning"
            onClick={() => dispatch({ type: 'removeMember', id: m.id })}
          >
            Xóa khỏi danh sách
          </button>
          <button type="button" className="rf-button rf-button--secondary" onClick={() => setConfirming(false)}>
            Không xóa
          </button>
        </div>
      )}
      {editing && (
        <div className="chi-bo__editor" data-member-editor>
          <div className="rf-field">
            <label className="rf-label" htmlFor={fid('name')}>
              Họ và tên
            </label>
            <input
              id={fid('name')}
              type="text"
              value={m.name}
              maxLength={MAX_NAME_LENGTH}
              onChange={(e) => set({ name: cleanTypedName(e.target.value) })}
            />
          </div>
          <fieldset className="rf-radios">
            <legend>Đảng viên</legend>
            {(['chinhThuc', 'duBi'] as const).map((k) => (
              <div className="rf-radio" key={k}>
                <input
                  id={fid(k)}
                  type="radio"
                  name={fid('kind')}
                  checked={m.kind === k}
                  onChange={() => set({ kind: k })}
                />
                <label htmlFor={fid(k)}>{k === 'chinhThuc' ? 'Chính thức' : 'Dự bị'}</label>
              </div>
            ))}
          </fieldset>
          <div className="rf-field">
            <label className="rf-label" htmlFor={fid('exemption')}>
              Miễn sinh hoạt đảng
            </label>
            <select
              id={fid('exemption')}
              value={m.exemption}
              onChange={(e) => set({ exemption: e.target.value as Exemption })}
            >
              {(Object.keys(exemptionLabel) as Exemption[]).map((k) => (
                <option key={k} value={k}>
                  {exemptionLabel[k]}
                </option>
              ))}
            </select>
          </div>
          <fieldset className="rf-radios">
            <legend>Đánh dấu nếu đúng</legend>
            {(
              [
                ['temporaryHere', 'Sinh hoạt tạm thời ở chi bộ này'],
                ['sentElsewhere', 'Được giới thiệu sinh hoạt tạm thời đi nơi khác'],
                ['workingAway', 'Đi làm ăn xa'],
                ['elderlyFrail', 'Tuổi cao, sức khỏe yếu'],
                ['holdsPost', 'Giữ chức vụ lãnh đạo, quản lý (dùng mẫu báo cáo dành cho người giữ chức vụ)'],
              ] as const
            ).map(([k, text]) => (
              <div className="chi-bo__check" key={k}>
                <input id={fid(k)} type="checkbox" checked={m[k]} onChange={(e) => set({ [k]: e.target.checked })} />
                <label htmlFor={fid(k)}>{text}</label>
              </div>
            ))}
          </fieldset>
          <button
            type="button"
            className="rf-button"
            onClick={() => {
              setEditing(null);
              requestAnimationFrame(() => document.getElementById(fid('edit'))?.focus());
            }}
          >
            Xong<span className="visually-hidden"> {label}</span>
          </button>
        </div>
      )}
    </li>
  );
});
