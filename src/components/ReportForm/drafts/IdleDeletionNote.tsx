import { idleDeletionMessage } from './sync-messages';

/** Safari and iPhones delete a site's data after 7 days without a visit: keep a copy. */
export default function IdleDeletionNote({ files }: { files: boolean }) {
  return (
    <p className="rf-warning" data-idle-deletion>
      {idleDeletionMessage(files)}
    </p>
  );
}
