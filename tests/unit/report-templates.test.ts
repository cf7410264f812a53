import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allFields } from '~/lib/report/fields';
import { templateSchema, type ReportTemplate } from '~/schemas/report-template';
import { loadTemplates, TEMPLATE_DIR } from './helpers/report-templates';

const raw = (name: string) => JSON.parse(readFileSync(join(TEMPLATE_DIR, name), 'utf8'));

describe('report templates (collection `templates`)', () => {
  const templates = loadTemplates();

  it('ships the five self-review templates the issue asks for and the two session papers', () => {
    expect(templates.map((t) => t.id).sort()).toEqual([
      'bien-ban-sinh-hoat',
      'chuong-trinh-sinh-hoat',
      'cong-nhan-doanh-nghiep',
      'dang-vien',
      'huu-tri-noi-cu-tru',
      'lanh-dao-quan-ly',
      'lao-dong-tu-do-lam-an-xa',
    ]);
    expect(templates.filter((t) => t.kind === 'self-review')).toHaveLength(5);
    expect(templates.find((t) => t.id === 'chuong-trinh-sinh-hoat')?.kind).toBe('session-programme');
    expect(templates.find((t) => t.id === 'bien-ban-sinh-hoat')?.kind).toBe('session-record');
  });

  const members = templates.filter((t) => t.kind === 'self-review');
  /** What a member is asked: each body question and its guiding questions (header fields are facts, not prompts). */
  const prompts = (t: ReportTemplate) =>
    t.parts.flatMap((p) => p.sections.flatMap((s) => s.fields.flatMap((f) => [f.label, ...f.guidingQuestions])));

  it('every member template asks about the path since admission and the oath, in its first part', () => {
    for (const t of members) {
      const first = t.parts[0]!.sections.flatMap((s) => s.fields.map((f) => f.label));
      expect(
        first.some((l) => /kết nạp/.test(l) && /tuyên thệ/.test(l)),
        `${t.id}: the day of admission and the oath`,
      ).toBe(true);
      expect(
        first.some((l) => /Từ ngày vào Đảng đến nay|từ khi về nghỉ hưu/.test(l) && /lời thề/.test(l)),
        `${t.id}: how the oath was kept since`,
      ).toBe(true);
    }
  });

  it('asks what was done, what is not yet done and what will change inside each of the four duties of Điều 2', () => {
    for (const t of members) {
      const ids = allFields(t).map((f) => f.id);
      for (const duty of ['trungThanh', 'hocTap', 'nhanDan', 'xayDungDang']) {
        expect(ids, `${t.id}.${duty}`).toContain(duty);
        const after = allFields(t).find((f) => f.id === `${duty}ChuaDat`);
        expect(after?.label, `${t.id}.${duty}ChuaDat`).toMatch(/chưa làm được.*vì sao.*thay đổi/);
        expect(ids.indexOf(`${duty}ChuaDat`), t.id).toBe(ids.indexOf(duty) + 1);
      }
    }
  });

  it('has no year-end review headings (the province asked not to copy the year-end layout)', () => {
    const yearEnd = /^(Tự đánh giá|Ưu điểm|Hạn chế|Nguyên nhân|Hướng khắc phục|Giải pháp|Khuyết điểm)/i;
    for (const t of members) {
      for (const part of t.parts) {
        expect(part.docTitle, t.id).not.toMatch(yearEnd);
        for (const s of part.sections) expect([s.title, s.docTitle].join(' | '), t.id).not.toMatch(yearEnd);
      }
    }
  });

  it('asks no prompt that a bare “Có” or “Không” would answer', () => {
    // An open question has a question word; a closed one ends in "không?"/"chưa?" or asks "có … không".
    // JavaScript's \\b knows only ASCII letters: words are delimited by letters of any script.
    const open =
      /(?<!\p{L})(gì|nào|thế nào|ra sao|bao nhiêu|bao lâu|bao giờ|khi nào|vì sao|tại sao|ai|đâu|đến đâu|bằng cách nào|mấy)(?!\p{L})/iu;
    const closed =
      /(không|chưa|phải không|đúng không|hay không)\?$|(?<!\p{L})có(?!\p{L})[^?]*(?<!\p{L})không(?!\p{L})/iu;
    let checked = 0;
    // The secretary's papers too: a closed question gets a closed answer in the minutes as well.
    for (const t of templates) {
      for (const q of prompts(t)) {
        checked++;
        expect(q, `${t.id}: not yes/no`).not.toMatch(closed);
        if (t.kind !== 'self-review') continue; // the papers also ask for names ("Họ và tên người chủ trì")
        expect(q.trim().endsWith('?'), `${t.id}: "${q}" is a question`).toBe(true);
        expect(q, `${t.id}: open question`).toMatch(open);
      }
    }
    expect(checked).toBeGreaterThan(100);
    // The rule fails on the prompts the templates used to have.
    for (const old of [
      'Đồng chí có đóng đảng phí đúng quy định không?',
      'Có lúc nào đồng chí làm chưa đúng với lời thề khi vào Đảng không?',
    ]) {
      expect(old).toMatch(closed);
    }
  });

  it('fits each situation: no guiding question is shared by two member templates', () => {
    const seen = new Map<string, string>();
    for (const t of members) {
      for (const f of allFields(t)) {
        for (const q of f.guidingQuestions) {
          expect(seen.get(q), `"${q}" in ${t.id} and ${seen.get(q)}`).toBeUndefined();
          seen.set(q, t.id);
        }
      }
    }
  });

  it('calls only the reader “đồng chí”: others are “đảng viên khác”, “người khác”', () => {
    for (const t of templates) {
      for (const f of allFields(t)) {
        for (const text of [f.label, f.hint ?? '', ...f.guidingQuestions])
          expect(text, `${t.id}.${f.id}`).not.toMatch(/đồng chí (của mình|khác|ấy)/i);
      }
    }
  });

  it('keeps the non-state-enterprise template apart from the production workers’ lack of time (two items in the article)', () => {
    const t = templates.find((x) => x.id === 'cong-nhan-doanh-nghiep')!;
    expect(t.title).toMatch(/doanh nghiệp ngoài nhà nước/);
    expect(t.audience).not.toMatch(/cao su|may mặc/);
  });

  it('quotes Điều 2 khoản 1 word for word (the only khoản verified in the sources)', () => {
    const intro = templates.find((t) => t.id === 'dang-vien')?.parts[1]?.sections[0]?.intro ?? '';
    expect(intro).toContain(
      '“Tuyệt đối trung thành với mục đích lý tưởng cách mạng của Đảng, chấp hành nghiêm chỉnh Cương lĩnh chính trị, Điều lệ Đảng, nghị quyết, chỉ thị của Đảng, pháp luật của Nhà nước; hoàn thành tốt nhiệm vụ được giao; phục tùng tuyệt đối sự phân công và điều động của Đảng.”',
    );
  });

  it('every member template asks, in its first part, about the promise made on admission and the tasks given since', () => {
    // The campaign reviewed "lời hứa … khi được kết nạp Đảng" of every member, not only a leader's (audit S2).
    for (const t of members) {
      const first = t.parts[0]!.sections.flatMap((s) => s.fields);
      const promise = first.find((f) => f.id === 'loiHuaVaoDang');
      expect(promise?.label, `${t.id}: the promise on admission`).toMatch(/vào Đảng.*hứa.*việc được giao/);
    }
  });

  describe('Điều 2 khoản 2–4: the oath as Báo Long An quotes it, in quotation marks and word for word', () => {
    const source = JSON.parse(
      readFileSync(join(TEMPLATE_DIR, '../sources/bao-long-an-loi-tuyen-the.json'), 'utf8'),
    ) as { passages: string[] };
    const fold = (x: string) => x.normalize('NFC').replace(/\s+/g, ' ').replace(/ĐV/g, 'đảng viên').toLowerCase();
    const passages = source.passages.map(fold).join(' ');
    const duties = {
      hocTap: 'những điều đảng viên không được làm',
      nhanDan: 'chăm lo đời sống vật chất, tinh thần',
      xayDungDang: 'sinh hoạt đảng và đóng đảng phí',
    };

    it('names the source, keeps the 2011 clause, and quotes its words exactly', () => {
      for (const t of members) {
        for (const [id, words] of Object.entries(duties)) {
          const intro = t.parts.flatMap((p) => p.sections).find((s) => s.id === id)?.intro ?? '';
          expect(intro, `${t.id}.${id}`).toMatch(/Báo Long An/);
          expect(fold(intro), `${t.id}.${id}`).toContain(fold(words));
          // The newspaper's words are in quotation marks after the colon, exactly as the source gives them.
          const quoted = /Báo Long An dẫn: “([^”]+)”/.exec(intro)?.[1] ?? '';
          expect(quoted, `${t.id}.${id}: a quotation after “Báo Long An dẫn:”`).not.toBe('');
          expect(passages, `${t.id}.${id}`).toContain(fold(quoted));
        }
      }
    });

    it('no longer uses the withdrawn text’s wording', () => {
      for (const t of members) expect(JSON.stringify(t), t.id).not.toMatch(/chăm lo và bảo vệ quyền lợi/);
    });
  });

  it('names the commune level as it is since 1/7/2025 (xã, phường, đặc khu), never “thị trấn”', () => {
    for (const t of members) {
      const place = t.header.find((f) => f.id === 'diaDanh')?.hint ?? '';
      expect(place, t.id).toMatch(/xã, phường hoặc đặc khu/);
      expect(JSON.stringify(t), t.id).not.toMatch(/thị trấn/);
    }
  });

  it('only the leader template adds the promise made on election or appointment, and asks for the post', () => {
    const withPromise = templates.filter((t) => allFields(t).some((f) => f.id === 'loiHua')).map((t) => t.id);
    expect(withPromise).toEqual(['lanh-dao-quan-ly']);
    const leader = templates.find((t) => t.id === 'lanh-dao-quan-ly');
    expect(leader?.header.find((f) => f.id === 'chucVu')?.required).toBe(true);
  });

  it('says on every template that it is this site’s aid and the chi bộ may ask for another layout', () => {
    for (const t of templates) {
      expect(t.note, t.id).toMatch(/do trang web soạn/);
      expect(t.note, t.id).toMatch(/không phải mẫu/);
      expect(t.note, t.id).toMatch(/Chi bộ|chi bộ/);
      if (t.kind === 'self-review')
        expect(t.note, `${t.id}: the province's own template comes first`).toMatch(
          /đã nhận mẫu báo cáo của tỉnh, hãy dùng mẫu đó/,
        );
    }
  });

  describe('the secretary’s papers', () => {
    const papers = templates.filter((t) => t.kind !== 'self-review');

    it('have their own place-and-date label, never “Nơi viết báo cáo”', () => {
      expect(papers.map((t) => t.header.find((f) => f.id === 'diaDanh')?.label)).toEqual([
        'Nơi lập biên bản',
        'Nơi lập chương trình',
      ]);
    });

    it('print a name under each signature from a name-only question, never a post', () => {
      for (const t of papers) {
        for (const s of t.signers) {
          const name = allFields(t).find((f) => f.id === s.nameField);
          expect(name?.label, `${t.id} ${s.role}`).toMatch(/^Họ và tên/);
          expect(name?.hint, `${t.id} ${s.role}`).toMatch(/Chỉ ghi họ và tên/);
        }
      }
    });

    it('the programme is signed for the chi bộ by its post; the minutes by both the secretary and the chair', () => {
      const programme = papers.find((t) => t.kind === 'session-programme')!;
      expect(programme.signers).toEqual([
        { onBehalfOf: 'T/M CHI BỘ', role: 'BÍ THƯ', roleField: 'nguoiKyChucVu', nameField: 'nguoiKyTen' },
      ]);
      const minutes = papers.find((t) => t.kind === 'session-record')!;
      expect(minutes.signers.map((s) => s.role)).toEqual(['THƯ KÝ', 'CHỦ TRÌ']);
    });

    it('the minutes close with when the session ended and who kept them', () => {
      const minutes = papers.find((t) => t.kind === 'session-record')!;
      expect(minutes.closing.join(' ')).toMatch(/kết thúc lúc \{answer:ketThuc\}.*\{answer:thuKyTen\} ghi/);
    });

    it('say in their note that the signature layout is this site’s (no source gives the province’s)', () => {
      for (const t of papers) expect(t.note, t.id).toMatch(/là của trang này/);
    });
  });

  it('offers questions, never ready-made answers: guiding questions end with a question mark', () => {
    for (const t of templates) {
      for (const f of allFields(t))
        for (const q of f.guidingQuestions) expect(q.trim().endsWith('?'), `${t.id}.${f.id}: ${q}`).toBe(true);
    }
  });

  it('keeps all Vietnamese text in NFC and names no province or guidance number (those come from site.config)', () => {
    for (const name of readdirSync(TEMPLATE_DIR)) {
      const text = readFileSync(join(TEMPLATE_DIR, name), 'utf8');
      expect(text, name).toBe(text.normalize('NFC'));
      expect(text, name).not.toMatch(/Bình Thuận|Hướng dẫn số 06|06-HD/);
    }
  });

  describe('schema', () => {
    it('rejects an unknown key, so a typo in a data file fails the build', () => {
      expect(templateSchema.safeParse({ ...raw('dang-vien.json'), titel: 'x' }).success).toBe(false);
    });

    it('rejects a field without a max length or with a bad id', () => {
      const t = raw('dang-vien.json');
      delete t.parts[0].sections[0].fields[0].maxLength;
      expect(templateSchema.safeParse(t).success).toBe(false);
      const u = raw('dang-vien.json');
      u.parts[0].sections[0].fields[0].id = 'has space';
      expect(templateSchema.safeParse(u).success).toBe(false);
    });

    it('rejects duplicate field ids and a former id still in use', () => {
      const t = raw('dang-vien.json');
      t.parts[0].sections[1].fields[0].id = 'ketNap';
      expect(templateSchema.safeParse(t).success).toBe(false);
      const u = raw('dang-vien.json');
      u.parts[0].sections[1].fields[0].formerIds = ['trungThanh'];
      expect(templateSchema.safeParse(u).success).toBe(false);
    });

    it('needs the header fields the document engine places (đảng bộ, chi bộ, place)', () => {
      const t = raw('dang-vien.json');
      t.header = t.header.filter((f: { id: string }) => f.id !== 'chiBo');
      expect(templateSchema.safeParse(t).success).toBe(false);
    });

    it('rejects a signer whose name field does not exist', () => {
      const t = raw('dang-vien.json');
      t.signers[0].nameField = 'khongCo';
      expect(templateSchema.safeParse(t).success).toBe(false);
      const u = raw('chuong-trinh-sinh-hoat.json');
      u.signers[0].roleField = 'khongCo';
      expect(templateSchema.safeParse(u).success).toBe(false);
    });

    it('rejects a closing line that names a field that does not exist', () => {
      const t = raw('bien-ban-sinh-hoat.json');
      expect(templateSchema.safeParse(t).success).toBe(true);
      t.closing = ['Kết thúc lúc {answer:khongCo}.'];
      expect(templateSchema.safeParse(t).success).toBe(false);
    });
  });
});
