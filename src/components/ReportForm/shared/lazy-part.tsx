import { Component, lazy, type ComponentType, type ReactNode } from 'react';
import { retrying } from '~/lib/retrying';
import { RetryAlert } from './RetryAlert';

/** In place of a part of the page whose code did not download; a "Thử lại" button follows. */
const partFailedMessage =
  'Chưa tải được phần này của trang (mạng yếu?). Những gì đồng chí đã gõ vẫn còn. Bấm “Thử lại”.';

/** The errors of imports made by lazyWithRetry: only these are caught here. */
const loadFailures = new WeakSet<object>();
const isLoadFailure = (error: unknown): boolean =>
  typeof error === 'object' && error !== null && loadFailures.has(error);

interface BoundaryProps {
  /** Recreates the part's import, so the next render downloads it again. */
  onRetry: () => void;
  /** Shown above the message when the part failed (e.g. the step's heading the part would have shown). */
  failed?: ReactNode;
  /** Renders the part (called again after "Thử lại", so it uses the new import). */
  part: () => ReactNode;
}

/**
 * Around every part of the form loaded on demand: when its download fails (a weak line, or a deploy
 * replaced the files), only that part is replaced by a short message with "Thử lại"; the rest of the form
 * and every answer stay on screen. It tries again by itself when the browser comes back online.
 */
class PartBoundary extends Component<BoundaryProps, { error: unknown }> {
  override state: { error: unknown } = { error: null };

  static getDerivedStateFromError(error: unknown): { error: unknown } {
    return { error };
  }

  override componentDidCatch(error: unknown): void {
    if (isLoadFailure(error)) window.addEventListener('online', this.retry);
  }

  override componentWillUnmount(): void {
    window.removeEventListener('online', this.retry);
  }

  retry = (): void => {
    window.removeEventListener('online', this.retry);
    this.props.onRetry();
    this.setState({ error: null });
  };

  override render(): ReactNode {
    const { error } = this.state;
    if (!error) return this.props.part();
    // Not a download: a fault in the part itself goes on up to the page.
    if (!isLoadFailure(error)) throw error;
    return (
      <>
        {this.props.failed}
        <RetryAlert message={partFailedMessage} onRetry={this.retry} />
      </>
    );
  }
}

interface Options<P> {
  /** What to show above the message when the part failed, from the part's own props. */
  failed?: (props: P) => ReactNode;
}

/**
 * `React.lazy` that can try again. A lazy component whose import failed keeps the failure for good, so
 * "Thử lại" makes a new one; one that loaded is kept. The part renders inside a PartBoundary, which
 * catches the failure; the caller's Suspense still says what shows while it downloads.
 */
export function lazyWithRetry<P extends object>(
  load: () => Promise<{ default: ComponentType<P> }>,
  options: Options<P> = {},
): ComponentType<P> {
  let failed = false;
  const download = retrying(load);
  // React.lazy keeps a failed import for good: after a failure, "Thử lại" makes a new one.
  const make = () =>
    lazy(() =>
      download().catch((error: unknown) => {
        failed = true;
        throw markLoadFailure(error);
      }),
    );
  let Part = make();
  const retry = () => {
    if (!failed) return;
    failed = false;
    Part = make();
  };
  function LazyPart(props: P) {
    return <PartBoundary onRetry={retry} failed={options.failed?.(props)} part={() => <Part {...props} />} />;
  }
  return LazyPart;
}

/** Marks an import's error as a failed download (caught by PartBoundary); a non-object becomes an Error. */
function markLoadFailure(error: unknown): object {
  const marked = typeof error === 'object' && error !== null ? error : new Error(String(error));
  loadFailures.add(marked);
  return marked;
}
