import { createContext, useContext, useSyncExternalStore } from 'react';

const unchanging = () => () => undefined;

/**
 * The user agent the page's copy of a first step was rendered for at build time: '' for an ordinary
 * browser, or an app's mark ('Zalo') for the copy that carries that app's notice (see ReportFormLoader).
 */
export const PrerenderedUserAgent = createContext('');

/**
 * The browser's user agent. While the page is built, and while the island takes over the page's copy of
 * the first step (hydration), it is the one that copy was rendered for; what depends on the difference
 * (Safari's reminder, say) appears right after, instead of making the two renders differ.
 */
export function useUserAgent(): string {
  const prerendered = useContext(PrerenderedUserAgent);
  return useSyncExternalStore(
    unchanging,
    () => navigator.userAgent,
    () => prerendered,
  );
}
