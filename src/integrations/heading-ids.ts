/**
 * Gives every heading in the MDX content an ASCII id (src/lib/anchor-id.ts) instead of the one Astro's Markdown
 * processor makes with github-slugger, which keeps the Vietnamese letters ("#ai-quyết-định"). The processor's own
 * heading step runs after the plugins added here and keeps an id a heading already has, so the `headings` a page
 * gets from `render()` carry the same ids.
 *
 * The processor is the one in the validated config (`markdown.processor`, Sätteri by default); its `options` object
 * is read each time a file is compiled, so the plugin is added to it before any file is.
 */
import type { AstroIntegration } from 'astro';
import { anchorIdSlugger } from '../lib/anchor-id';

/** The little of Sätteri's hast visitor that this plugin uses. */
interface HeadingVisitContext {
  textContent(node: unknown): string;
  setProperty(node: unknown, key: string, value: unknown): void;
}
interface HeadingNode {
  properties?: { id?: unknown };
}

/** A hast plugin factory: one slugger per document, so ids are distinct within a page. */
export function asciiHeadingIdsPlugin() {
  const slug = anchorIdSlugger();
  return {
    name: 'ascii-heading-ids',
    element: {
      filter: ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'],
      visit(node: HeadingNode, ctx: HeadingVisitContext) {
        if (typeof node.properties?.id === 'string') return;
        const id = slug(ctx.textContent(node));
        ctx.setProperty(node, 'id', id);
        node.properties = { ...node.properties, id };
      },
    },
  };
}

export default function headingIds(): AstroIntegration {
  return {
    name: 'ascii-heading-ids',
    hooks: {
      'astro:config:setup': ({ config }) => {
        const options = config.markdown.processor.options as { hastPlugins?: unknown[] };
        if (!Array.isArray(options.hastPlugins))
          throw new Error('ascii-heading-ids: markdown.processor has no hastPlugins list (not Sätteri?)');
        options.hastPlugins.push(asciiHeadingIdsPlugin);
      },
    },
  };
}
