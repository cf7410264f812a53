/**
 * Heading ids in Markdown and MDX content without diacritics ("#ai-quyet-dinh", not "#ai-quyết-định"),
 * like the site's addresses: a link copied into Zalo stays readable and whole. A Sätteri hast plugin,
 * run before Astro's own heading-ids plugin, which keeps an id already set.
 */
import type { satteri } from '@astrojs/markdown-satteri';
import { pageSlugger } from '../lib/ascii-slug';

type HastPlugin = NonNullable<NonNullable<Parameters<typeof satteri>[0]>['hastPlugins']>[number];

export const asciiHeadingIds: HastPlugin = () => {
  const slug = pageSlugger();
  return {
    name: 'ascii-heading-ids',
    element: {
      filter: ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'],
      visit(node, ctx) {
        if (typeof node.properties?.id === 'string') return;
        ctx.setProperty(node, 'id', slug(ctx.textContent(node)));
      },
    },
  };
};
