/**
 * Collection queries, written once and imported by pages.
 * Types come from the schemas in src/content.config.ts; nothing is restated here.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { faqTopics, referenceCategories, sessionPhases, sourceRegistry } from '~/content.config';
import { resolveCitations, type Source as RegistrySource } from '~/schemas/source';
import type { ReportTemplate } from '~/schemas/report-template';
import { fillSiteNames } from '~/lib/site-names';
import type { Rule } from '~/lib/rules';

/** What a list of sources shows: a registry citation resolved by the collection schema, or a page's own list. */
export type Source = Pick<RegistrySource, 'title'> & Partial<Omit<RegistrySource, 'title'>>;
/** A page's own citations of the registry (for pages written in code, not content): an unknown id stops the build. */
export function citeSources(citations: { id: string; note?: string }[]): Source[] {
  return resolveCitations(citations, sourceRegistry, (message) => {
    throw new Error(message);
  });
}

export type FaqEntry = CollectionEntry<'faq'>;
export type GuidanceEntry = CollectionEntry<'guidance'>;
export type ReferenceEntry = CollectionEntry<'reference'>;
export type SessionStep = CollectionEntry<'session'>;
export type VideoEntry = CollectionEntry<'videos'>;

const byOrderThenTitle = (
  a: { data: { order: number; title: string } },
  b: { data: { order: number; title: string } },
) => a.data.order - b.data.order || a.data.title.localeCompare(b.data.title, 'vi');

/** Summary sections of the guidance in page order (official full-text entries excluded). */
export async function getGuidanceSections(): Promise<GuidanceEntry[]> {
  return (await getCollection('guidance', (e) => e.data.kind === 'tom-tat')).sort(byOrderThenTitle);
}

/** Official full-text entries, keyed by the summary section they sit beside. */
export async function getGuidanceFullTexts(): Promise<Map<string, GuidanceEntry>> {
  const entries = await getCollection('guidance', (e) => e.data.kind === 'toan-van');
  return new Map(entries.map((e) => [e.data.summarySection ?? e.id, e]));
}

export async function getFaqEntries(): Promise<FaqEntry[]> {
  return (await getCollection('faq')).sort(byOrderThenTitle);
}

/** FAQ entries grouped by topic, topics in the order of `faqTopics`; empty topics left out. */
export async function getFaqByTopic(): Promise<{ id: keyof typeof faqTopics; label: string; entries: FaqEntry[] }[]> {
  const entries = await getFaqEntries();
  return (Object.keys(faqTopics) as (keyof typeof faqTopics)[])
    .map((id) => ({ id, label: faqTopics[id], entries: entries.filter((e) => e.data.topic === id) }))
    .filter((group) => group.entries.length > 0);
}

/** The most asked questions, for the home page. */
export async function getFeaturedFaq(): Promise<FaqEntry[]> {
  return (await getFaqEntries()).filter((e) => e.data.featured);
}

export async function getReferenceByCategory(): Promise<
  { id: keyof typeof referenceCategories; label: string; entries: ReferenceEntry[] }[]
> {
  const entries = (await getCollection('reference')).sort(byOrderThenTitle);
  return (Object.keys(referenceCategories) as (keyof typeof referenceCategories)[])
    .map((id) => ({ id, label: referenceCategories[id], entries: entries.filter((e) => e.data.category === id) }))
    .filter((group) => group.entries.length > 0);
}

export async function getSessionJourney(): Promise<
  { id: keyof typeof sessionPhases; label: string; steps: SessionStep[] }[]
> {
  const steps = (await getCollection('session')).sort(byOrderThenTitle);
  return (Object.keys(sessionPhases) as (keyof typeof sessionPhases)[])
    .map((id) => ({ id, label: sessionPhases[id], steps: steps.filter((s) => s.data.phase === id) }))
    .filter((phase) => phase.steps.length > 0);
}

export async function getVideos(): Promise<VideoEntry[]> {
  return (await getCollection('videos')).sort((a, b) => a.data.title.localeCompare(b.data.title, 'vi'));
}

/**
 * Report templates for /bao-cao/, in chooser order, with the entry id as the template id and the site config's
 * names filled in where a template writes `{campaignName}` and the like (lib/site-names.ts).
 */
export async function getReportTemplates(): Promise<ReportTemplate[]> {
  return (await getCollection('templates'))
    .sort(byOrderThenTitle)
    .map((e) => fillSiteNames({ ...e.data, id: e.id }, `src/content/templates/${e.id}.json`));
}

/**
 * The rules: reference entries that carry `validity` (in force during the campaign, replaced by what since), with
 * their date of issue, for the dated lines of src/components/RuleStatus.astro.
 */
export async function getRules(): Promise<(Rule & { issuedOn?: Date | undefined })[]> {
  return (await getCollection('reference'))
    .filter((e) => e.data.validity !== undefined)
    .sort(byOrderThenTitle)
    .map((e) => ({ id: e.id, sources: e.data.sources, validity: e.data.validity!, issuedOn: e.data.issuedOn }));
}
