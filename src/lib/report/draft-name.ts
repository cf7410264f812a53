import type { Answers } from './fields';

/** The answer that names whose report it is, in the member's templates. */
const NAME_FIELD = 'hoTen';
/** A name a member gives a draft is kept to this length. */
export const MAX_DRAFT_NAME = 80;

/**
 * What a draft is called on the start page and in its messages: the name the member gave it, else
 * "Báo cáo của đồng chí …" from the name typed in the form, else the template's title.
 */
export function draftName(templateTitle: string, answers: Readonly<Answers>, given?: string): string {
  const own = given?.normalize('NFC').trim();
  if (own) return own.slice(0, MAX_DRAFT_NAME);
  const person = answers[NAME_FIELD]?.normalize('NFC').replace(/\s+/g, ' ').trim();
  return person ? `Báo cáo của đồng chí ${person.slice(0, MAX_DRAFT_NAME)}` : templateTitle;
}
