import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import ChiBoApp, { type ChiBoAppProps } from './ChiBoApp';

/**
 * Renders the workspace island into `container`, at once (flushSync): the plain paste box is read and replaced in one
 * task, so no keystroke falls between the two. Loaded with import() only when the secretary needs it.
 */
export function mountChiBo(container: HTMLElement, props: ChiBoAppProps): void {
  const root = createRoot(container);
  flushSync(() => root.render(<ChiBoApp {...props} />));
}
