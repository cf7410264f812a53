import { idleDeletionMessage } from './sync-messages';

/** Safari and iPhones delete a site's data after 7 days without a visit: keep a file. */
export default function IdleDeletionNote() {
  return <p className="rf-warning" data-idle-deletion>{idleDeletionMessage}</p>;
}
