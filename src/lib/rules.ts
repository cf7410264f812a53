/**
 * Which rules a page cites, and what the dated line about each says. A rule is a reference entry with `validity`
 * (src/schemas/rule-validity.ts). A page cites a rule when its rendered body links to the rule's page
 * (`/tai-lieu/<id>/`), when its text names the rule (`validity.name`, `alsoNamed`), or when it cites one of the
 * rule's identifying sources. The line is shown for a rule that was replaced since the campaign, or whose status
 * then is unknown (src/components/RuleStatus.astro); a rule's own page always shows it.
 */
import type { RuleValidity } from '~/schemas/rule-validity';
import type { Source } from '~/schemas/source';

/** What the line needs of a reference entry; `validity` as the collection parsed it (sources resolved). */
export interface Rule {
  id: string;
  sources: { id: string }[];
  validity: Omit<RuleValidity, 'replacedBy'> & {
    replacedBy: (Omit<RuleValidity['replacedBy'][number], 'source'> & { source: Source })[];
  };
}

/**
 * True when a page citing the rule must show its dated line: replaced since, or not known to have held then. A rule
 * issued after the campaign and not replaced (in force now) needs none.
 */
export function needsLine(rule: Pick<Rule, 'validity'>): boolean {
  return rule.validity.replacedBy.length > 0 || rule.validity.inForceDuringCampaign === 'chua-ro';
}

/** The text a reader sees, for matching names: tags, scripts and styles gone, entities of quotes decoded, NFC. */
function visibleText(html: string): string {
  return html
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;|&#160;/g, ' ')
    .replace(/\s+/g, ' ')
    .normalize('NFC');
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Whether `text` names the document `name`, as a whole name: "Quy định 24" is not found in "Quy định 240". */
export function names(text: string, name: string): boolean {
  return new RegExp(`(?<![\\p{L}\\p{N}])${escape(name.normalize('NFC'))}(?![\\p{N}]|-[\\p{L}\\p{N}])`, 'u').test(text);
}

/** Whether a page (its rendered HTML and the ids of the sources it cites) cites the rule. */
export function cites(rule: Rule, html: string, sourceIds: readonly string[]): boolean {
  if (new RegExp(`href="/tai-lieu/${escape(rule.id)}/(#[^"]*)?"`).test(html)) return true;
  const text = visibleText(html);
  if ([rule.validity.name, ...rule.validity.alsoNamed].some((name) => names(text, name))) return true;
  const identifying = rule.validity.identifyingSources ?? rule.sources.map((s) => s.id);
  return identifying.some((id) => sourceIds.includes(id));
}

/** The rules a page cites whose dated line it must show, in the order given; the page's own rule left out. */
export function rulesCitedBy(
  rules: readonly Rule[],
  html: string,
  sourceIds: readonly string[],
  ownId?: string,
): Rule[] {
  return rules.filter((rule) => rule.id !== ownId && needsLine(rule) && cites(rule, html, sourceIds));
}

/** One short line for a listing: "Đã được thay bằng Quy định 232-QĐ/TW (2025), rồi Quy định 294-QĐ/TW (2025)." */
export function replacementSummary(rule: Pick<Rule, 'validity'>): string {
  const { replacedBy } = rule.validity;
  if (replacedBy.length === 0) return 'Trang này chưa rõ văn bản này khi có đợt sinh hoạt còn áp dụng hay không.';
  return `Đã được thay bằng ${replacedBy.map((r) => `${r.name} (${r.issuedOn.getUTCFullYear()})`).join(', rồi ')}.`;
}

/**
 * Where a page's dated lines go: after the first block that follows the page's h1 (an FAQ's one-paragraph answer,
 * a reference page's own line), so the answer still comes first; at the start when the body has no h1 (a guidance
 * section, a session step). Returns the HTML before and after that point.
 */
export function splitAfterLead(html: string): [string, string] {
  const h1 = html.indexOf('</h1>');
  if (h1 < 0) return ['', html];
  const from = h1 + '</h1>'.length;
  const open = /<([a-z][a-z0-9]*)\b[^>]*>/gi;
  open.lastIndex = from;
  const first = open.exec(html);
  if (!first) return [html, ''];
  const tag = first[1]!.toLowerCase();
  // Find the matching close tag of the same name, counting nested ones.
  const same = new RegExp(`<(/?)${tag}\\b[^>]*>`, 'gi');
  same.lastIndex = first.index + first[0].length;
  let depth = 1;
  for (let m = same.exec(html); m; m = same.exec(html)) {
    depth += m[1] ? -1 : 1;
    if (depth === 0) return [html.slice(0, m.index + m[0].length), html.slice(m.index + m[0].length)];
  }
  return [html.slice(0, from), html.slice(from)];
}
