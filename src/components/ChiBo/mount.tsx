import { createRoot } from 'react-dom/client';
import ChiBoApp, { type ChiBoAppProps } from './ChiBoApp';

/** Renders the workspace island into `container`. Loaded with import() only when the secretary needs it. */
export function mountChiBo(container: HTMLElement, props: ChiBoAppProps): void {
  createRoot(container).render(<ChiBoApp {...props} />);
}
