import type { DocumentBlock, DocumentModel, DocumentTable } from '~/lib/report/model';

/**
 * The print view: the document model as HTML. Its type, spacing and the one @page rule come from
 * src/lib/report/layout.ts (as `virtual:print-page.css`), the same facts the .docx writer uses.
 * On screen it is the preview on the check-answers page.
 */
export function PrintDocument({ model }: { model: DocumentModel }) {
  return (
    <>
      <TextFindings findings={model.findings} />
      <article className="doc" aria-label="Bản xem trước giấy tờ" data-print-document>
        <div className="doc-header">
          <div>
            <p>{model.header.parentBody}</p>
            <p className="doc-bold">{model.header.body}</p>
            <p>*</p>
            {model.header.number && <p className="doc-number">{model.header.number}</p>}
          </div>
          <div>
            <p className="doc-bold doc-underline doc-heading">{model.header.heading}</p>
            <p className="doc-italic">{model.header.placeDate}</p>
          </div>
        </div>
        <p className="doc-type">{model.title.type}</p>
        {model.title.subject.map((line, i) => (
          <p key={line} className={i === model.title.subject.length - 1 ? 'doc-subject doc-title-end' : 'doc-subject'}>
            {line}
          </p>
        ))}
        {model.identity.map((i) => (
          <p key={i.label}>
            {i.label}: {i.value}
          </p>
        ))}
        {model.lead?.map((block, b) => (
          <Block key={b} block={block} />
        ))}
        {model.parts.map((part) => (
          <section key={part.numeral}>
            <p className="doc-bold doc-part">
              {part.numeral}. {part.title}
            </p>
            {part.sections.map((section) => (
              <div key={section.number}>
                <p className="doc-bold doc-section">
                  {section.number}. {section.title}
                </p>
                {section.blocks.map((block, b) => (
                  <Block key={b} block={block} />
                ))}
              </div>
            ))}
          </section>
        ))}
        {model.closing.map((line) => (
          <p key={line} className="doc-body doc-closing">
            {line}
          </p>
        ))}
        <div className={model.signers.length === 1 ? 'doc-signers doc-signers--one' : 'doc-signers'} data-signers>
          {model.signers.map((s) => (
            <div key={s.role} data-signer>
              {s.onBehalfOf && <p className="doc-bold">{s.onBehalfOf}</p>}
              <p className="doc-bold">{s.role}</p>
              {s.note && <p className="doc-italic">{s.note}</p>}
              <p className="doc-sign-space">{s.name}</p>
            </div>
          ))}
          {/* One signer: "Nơi nhận" at the left of the signature, as in the .docx. */}
          {model.recipients && model.signers.length === 1 && <Recipients lines={model.recipients} />}
        </div>
        {model.recipients && model.signers.length > 1 && <Recipients lines={model.recipients} />}
        {model.aidNote && <p className="doc-italic doc-aid-note">{model.aidNote}</p>}
      </article>
    </>
  );
}

function Recipients({ lines }: { lines: readonly string[] }) {
  return (
    <div className="doc-recipients">
      <p className="doc-bold doc-italic">Nơi nhận:</p>
      {lines.map((line, i) => (
        <p key={i}>{line}</p>
      ))}
    </div>
  );
}

/** One body block: typed lines (the label in bold before the first), a table, lines to write on by hand. */
function Block({ block }: { block: DocumentBlock }) {
  const writeIn = Array.from({ length: block.writeIn ?? 0 }, (_, i) => i);
  return (
    <>
      {block.paragraphs.map((lines, i) =>
        // Each typed line is its own paragraph, as in the .docx, so every line keeps its indent.
        lines.map((line, j) => (
          <p key={`${i}-${j}`} className={j < lines.length - 1 ? 'doc-body doc-body--joined' : 'doc-body'}>
            {i === 0 && j === 0 && block.label && <b>{block.label}: </b>}
            {line}
          </p>
        )),
      )}
      {block.paragraphs.length === 0 && block.label && writeIn.length === 0 && (
        <p className="doc-body doc-label">
          <b>{block.label}:</b>
        </p>
      )}
      {block.table && <BlockTable table={block.table} />}
      {writeIn.map((i) => (
        <p
          key={`w${i}`}
          className={i === 0 && block.paragraphs.length === 0 && block.label ? 'doc-write-in doc-body' : 'doc-write-in'}
        >
          {i === 0 && block.paragraphs.length === 0 && block.label && <b>{block.label}:</b>}
        </p>
      ))}
    </>
  );
}

function BlockTable({ table }: { table: DocumentTable }) {
  const height = table.minRowHeightMm ? { height: `${table.minRowHeightMm}mm` } : undefined;
  return (
    <table className="doc-table">
      <colgroup>
        {table.columns.map((c) => (
          <col key={c.title} style={{ width: `${c.share * 100}%` }} />
        ))}
      </colgroup>
      <thead>
        <tr>
          {table.columns.map((c) => (
            <th key={c.title} scope="col">
              {c.title}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {table.rows.map((row, r) => (
          <tr key={r} style={height}>
            {table.columns.map((c, i) => (
              <td key={c.title} className={c.align === 'center' ? 'doc-cell--center' : undefined}>
                {row[i] ?? ''}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Tells the member what cleaning changed in their text, in the member's words. Never printed. */
function TextFindings({ findings }: { findings: DocumentModel['findings'] }) {
  if (findings.removedInvisible.length === 0 && findings.emoji.length === 0) return null;
  const list = (labels: string[]) => labels.map((l) => `“${l}”`).join(', ');
  return (
    <div className="rf-note no-print" role="note" data-text-findings>
      {findings.removedInvisible.length > 0 && (
        <p>
          Trong câu trả lời cho {list(findings.removedInvisible)} có ký tự ẩn (ký tự đổi chiều chữ hoặc ký tự không có
          bề rộng), thường đi theo khi dán chữ từ nơi khác. Trang đã bỏ các ký tự đó khỏi giấy tờ; những chữ đồng chí
          nhìn thấy không thay đổi.
        </p>
      )}
      {findings.emoji.length > 0 && (
        <p>
          Câu trả lời cho {list(findings.emoji)} có biểu tượng cảm xúc (emoji). Trang vẫn giữ chúng, nhưng khi in, phông
          chữ của giấy tờ có thể không hiện được và để lại chỗ trống. Nếu không cần, đồng chí có thể xóa chúng.
        </p>
      )}
    </div>
  );
}
