import type { DocumentModel } from '~/lib/report/model';

/**
 * The print view: the document model as HTML, laid out on A4 by the print styles.
 * On screen it is the preview on the check-answers page.
 */
export function PrintDocument({ model }: { model: DocumentModel }) {
  return (
    <article className="doc" aria-label="Bản xem trước giấy tờ">
      <div className="doc-header">
        <div>
          <p>{model.header.parentBody}</p>
          <p className="doc-bold">{model.header.body}</p>
          <p>*</p>
        </div>
        <div>
          <p className="doc-bold doc-underline">{model.header.heading}</p>
          <p className="doc-italic">{model.header.placeDate}</p>
        </div>
      </div>
      <p className="doc-type">{model.title.type}</p>
      {model.title.subject.map((line) => <p key={line} className="doc-subject">{line}</p>)}
      {model.identity.map((i) => <p key={i.label}>{i.label}: {i.value}</p>)}
      {model.parts.map((part) => (
        <section key={part.numeral}>
          <p className="doc-bold doc-part">{part.numeral}. {part.title}</p>
          {part.sections.map((section) => (
            <div key={section.number}>
              <p className="doc-bold">{section.number}. {section.title}</p>
              {section.blocks.map((block, b) =>
                block.paragraphs.map((lines, i) => (
                  <p key={`${b}-${i}`} className="doc-body">
                    {i === 0 && block.label && <b>{block.label}: </b>}
                    {lines.join('\n')}
                  </p>
                )),
              )}
            </div>
          ))}
        </section>
      ))}
      <div className={model.signers.length === 1 ? 'doc-signers doc-signers--one' : 'doc-signers'}>
        {model.signers.map((s) => (
          <div key={s.role}>
            <p className="doc-bold">{s.role}</p>
            {s.note && <p className="doc-italic">{s.note}</p>}
            <p className="doc-sign-space">{s.name}</p>
          </div>
        ))}
      </div>
    </article>
  );
}
