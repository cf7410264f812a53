import { useEffect, useState } from 'react';
import { formatNumber } from '~/lib/format';

interface Props {
  id: string;
  length: number;
  max: number;
}

/** Announce only when this much of the limit is left (or the answer is over it). */
const NEAR = 0.1;
/** Wait for a pause in typing before announcing, so a screen reader is not flooded. */
const ANNOUNCE_AFTER_MS = 1200;

/** "Còn … ký tự": shown always; announced politely, after a pause, only near or over the limit. */
export function CharCount({ id, length, max }: Props) {
  const over = length - max;
  const text =
    over > 0
      ? `Quá ${formatNumber(over)} ký tự (tối đa ${formatNumber(max)})`
      : `Còn ${formatNumber(-over)} ký tự (tối đa ${formatNumber(max)})`;
  const near = max - length <= max * NEAR;
  const [announced, setAnnounced] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setAnnounced(near ? text : ''), ANNOUNCE_AFTER_MS);
    return () => clearTimeout(timer);
  }, [near, text]);
  return (
    <>
      <p className={over > 0 ? 'rf-count rf-count--over' : 'rf-count'} id={id}>
        {text}
      </p>
      <p className="visually-hidden" aria-live="polite" data-count-announcer>
        {announced}
      </p>
    </>
  );
}
