/** Something the form could not download, said in place, with "Thử lại". */
export function RetryAlert({ message, onRetry }: { message: string; onRetry: () => void }) {
  return (
    <div className="rf-warning no-print" role="alert" data-load-failed>
      <p>{message}</p>
      <button type="button" className="rf-button rf-button--secondary" onClick={onRetry}>
        Thử lại
      </button>
    </div>
  );
}
