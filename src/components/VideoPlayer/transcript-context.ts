/**
 * Ties the transcript's "## " headings (the MDX body) to the entry's chapters, so each heading can carry
 * the chapter's id ("chuong-3", where search results land) and a link that seeks to its start.
 * The page builds it once and hands it to TranscriptHeading through Astro.locals, because MDX component
 * overrides cannot take extra props.
 */
import type { MarkdownHeading } from 'astro';
import { chapterId, mediaFragmentHref } from '~/lib/video';

export interface TranscriptChapter {
  /** Id of the heading, e.g. "chuong-3". */
  id: string;
  /** Start in seconds. */
  time: number;
  /** Media-fragment address used when JavaScript is off. */
  href: string;
}

export interface TranscriptContext {
  /** Keyed by the slug Astro gives each "## " heading. */
  bySlug: Map<string, TranscriptChapter>;
}

declare global {
  namespace App {
    interface Locals {
      /** Set by the video page while it renders the transcript. */
      videoTranscript?: TranscriptContext;
    }
  }
}

/**
 * Matches the transcript headings to the chapters, in order, and stops the build when they differ.
 * @param entryId for the error message
 */
export function buildTranscriptContext(
  entryId: string,
  headings: MarkdownHeading[],
  chapters: { time: number; title: string }[],
  file: string,
): TranscriptContext {
  const sections = headings.filter((h) => h.depth === 2);
  if (sections.length !== chapters.length) {
    throw new Error(
      `videos/${entryId}: ${sections.length} "## " headings in the transcript for ${chapters.length} chapters`,
    );
  }
  const bySlug = new Map<string, TranscriptChapter>();
  sections.forEach((heading, i) => {
    const chapter = chapters[i]!;
    if (heading.text !== chapter.title) {
      throw new Error(
        `videos/${entryId}: transcript heading ${i + 1} "${heading.text}" differs from chapter title "${chapter.title}"`,
      );
    }
    bySlug.set(heading.slug, { id: chapterId(i), time: chapter.time, href: mediaFragmentHref(file, chapter.time) });
  });
  return { bySlug };
}
