import type { DocumentModel } from './model';

/**
 * The whole document as plain text, laid out like the .docx (header, title, numbered parts and
 * sections, signature), for "Chép toàn bộ báo cáo" and "Gửi qua ứng dụng khác": the way out of an
 * app's built-in browser that cannot save files. Paragraphs are separated by a blank line so the text
 * pastes cleanly into a chat, a note or a word processor.
 */
export function documentPlainText(model: DocumentModel): string {
  const blocks: string[] = [];
  const add = (...lines: string[]) => {
    const kept = lines.filter((l) => l !== '');
    if (kept.length > 0) blocks.push(kept.join('\n'));
  };
  add(model.header.parentBody, model.header.body, model.header.body ? '*' : '');
  add(model.header.heading, model.header.placeDate);
  add(model.title.type, ...model.title.subject);
  add(...model.identity.map((i) => `${i.label}: ${i.value}`));
  for (const part of model.parts) {
    add(`${part.numeral}. ${part.title}`);
    for (const section of part.sections) {
      add(`${section.number}. ${section.title}`);
      for (const block of section.blocks) {
        block.paragraphs.forEach((lines, i) => add(`${i === 0 && block.label ? `${block.label}: ` : ''}${lines.join('\n')}`));
      }
    }
  }
  for (const line of model.closing) add(line);
  for (const signer of model.signers) add(signer.onBehalfOf ?? '', signer.role, signer.note ?? '', signer.name);
  return `${blocks.join('\n\n')}\n`;
}
