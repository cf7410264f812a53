import { idleDeletionMessage, persistenceMessage } from './sync-messages';

interface Props {
  /** What the browser answered `navigator.storage.persist()` at the first save; null before or without one. */
  persisted: boolean | null;
  /** True on Safari and iPhones, which delete a site's data after 7 days without a visit. */
  idleDeletion: boolean;
  files: boolean;
}

/**
 * How long the browser keeps the draft, said beside the control that keeps a copy, once the draft is
 * saved. Down here, not above the step: a notice appearing there at the first save would push the field
 * the member is typing in.
 */
export default function KeepingNotes({ persisted, idleDeletion, files }: Props) {
  return (
    <>
      {persisted !== null && (
        <p className="rf-hint rf-persisted" role="status" data-persisted={persisted}>
          {persistenceMessage(persisted, files)}
        </p>
      )}
      {idleDeletion && (
        <p className="rf-warning" data-idle-deletion>
          {idleDeletionMessage(files)}
        </p>
      )}
    </>
  );
}
