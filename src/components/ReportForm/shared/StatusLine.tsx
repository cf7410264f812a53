interface Props {
  /** What is said now. */
  line: string;
  /** The other lines it turns into as the member types (idle, saved): the line keeps room for the longest. */
  room: readonly [string, string];
}

/**
 * The one-line save status at the top of a step. It changes as the member types ("… khi đồng chí gõ" to
 * "Đã lưu … lúc 17:54"), and at 390 px one wraps where the other does not: the line keeps the height of
 * the taller one, drawn invisibly in the same grid cell, so the field being typed in does not move.
 */
export function StatusLine({ line, room }: Props) {
  return (
    <p className="rf-saved" role="status" data-room-a={room[0]} data-room-b={room[1]}>
      <span>{line}</span>
    </p>
  );
}
