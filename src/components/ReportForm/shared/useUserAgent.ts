import { useSyncExternalStore } from 'react';

const unchanging = () => () => undefined;

/**
 * The browser's user agent, or '' while the page is built and while the island takes over the page's
 * own copy of the first step (hydration): what depends on it (the in-app notice, Safari's reminder)
 * appears right after, instead of making the two renders differ.
 */
export function useUserAgent(): string {
  return useSyncExternalStore(unchanging, () => navigator.userAgent, () => '');
}
