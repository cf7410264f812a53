import type { DocumentBlock, DocumentModel, DocumentTable } from './model';

/**
 * The whole document as plain text, laid out like the .docx (header, title, numbered parts and
 * sections, signature), for "Chép toàn bộ báo cáo" and "Gửi qua ứng dụng khác": the way out of an
 * app's built-in browser that cannot save files. Paragraphs are separated by a blank line so the text
 * pastes cleanly into a chat, a note or a word processor.
 */

/** A line to write on by hand, in plain text. */
const WRITE_IN_TEXT = '……………………………………';

/** A table as one line a row: "1. Nguyễn Văn An – Gửi báo cáo bằng văn bản" (empty cells left out). */
function tableLines(table: DocumentTable): string[] {
  const numbered = table.columns[0]?.title === 'STT';
  return table.rows.map((row) => {
    const cells = row.map((c) => c.replace(/\n/g, ', '));
    const [first = '', ...rest] = cells;
    const tail = rest.filter((c) => c !== '').join(' – ');
    return numbered ? `${first}. ${tail}` : cells.filter((c) => c !== '').join(' – ');
  });
}

function blockTexts(block: DocumentBlock): string[] {
  const out = block.paragraphs.map(
    (lines, i) => `${i === 0 && block.label ? `${block.label}: ` : ''}${lines.join('\n')}`,
  );
  if (block.paragraphs.length === 0 && block.label && !block.writeIn) out.push(`${block.label}:`);
  if (block.table) out.push(tableLines(block.table).join('\n'));
  const writeIn = Array.from({ length: block.writeIn ?? 0 }, (_, i) =>
    i === 0 && block.paragraphs.length === 0 && block.label ? `${block.label}: ${WRITE_IN_TEXT}` : WRITE_IN_TEXT,
  );
  if (writeIn.length > 0) out.push(writeIn.join('\n'));
  return out;
}

export function documentPlainText(model: DocumentModel): string {
  const blocks: string[] = [];
  const add = (...lines: string[]) => {
    const kept = lines.filter((l) => l !== '');
    if (kept.length > 0) blocks.push(kept.join('\n'));
  };
  add(model.header.parentBody, model.header.body, model.header.body ? '*' : '', model.header.number ?? '');
  add(model.header.heading, model.header.placeDate);
  add(model.title.type, ...model.title.subject);
  add(...model.identity.map((i) => `${i.label}: ${i.value}`));
  for (const block of model.lead ?? []) for (const text of blockTexts(block)) add(text);
  for (const part of model.parts) {
    add(`${part.numeral}. ${part.title}`);
    for (const section of part.sections) {
      add(`${section.number}. ${section.title}`);
      for (const block of section.blocks) for (const text of blockTexts(block)) add(text);
    }
  }
  for (const line of model.closing) add(line);
  for (const signer of model.signers) add(signer.onBehalfOf ?? '', signer.role, signer.note ?? '', signer.name);
  if (model.recipients) add('Nơi nhận:', ...model.recipients);
  if (model.aidNote) add(model.aidNote);
  return `${blocks.join('\n\n')}\n`;
}
