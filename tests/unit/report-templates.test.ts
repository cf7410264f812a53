import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allFields } from '~/lib/report/fields';
import { templateSchema } from '~/schemas/report-template';
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

  it('every self-review follows the four duties of Điều 2, then strengths, shortcomings, causes and what the member will do', () => {
    for (const t of templates.filter((t) => t.kind === 'self-review')) {
      const ids = allFields(t).map((f) => f.id);
      expect(ids, t.id).toEqual(expect.arrayContaining(['trungThanh', 'hocTap', 'nhanDan', 'xayDungDang', 'uuDiem', 'hanChe', 'nguyenNhan', 'giaiPhap']));
      expect(ids.indexOf('xayDungDang'), t.id).toBeLessThan(ids.indexOf('uuDiem'));
    }
  });

  it('quotes Điều 2 khoản 1 word for word (the only khoản verified in the sources)', () => {
    const intro = templates.find((t) => t.id === 'dang-vien')?.parts[0]?.sections[0]?.intro ?? '';
    expect(intro).toContain(
      '“Tuyệt đối trung thành với mục đích lý tưởng cách mạng của Đảng, chấp hành nghiêm chỉnh Cương lĩnh chính trị, Điều lệ Đảng, nghị quyết, chỉ thị của Đảng, pháp luật của Nhà nước; hoàn thành tốt nhiệm vụ được giao; phục tùng tuyệt đối sự phân công và điều động của Đảng.”',
    );
  });

  it('only the leader template adds the promise made on election or appointment, and asks for the post', () => {
    const withPromise = templates.filter((t) => allFields(t).some((f) => f.id === 'loiHua')).map((t) => t.id);
    expect(withPromise).toEqual(['lanh-dao-quan-ly']);
    const leader = templates.find((t) => t.id === 'lanh-dao-quan-ly');
    expect(leader?.header.find((f) => f.id === 'chucVu')?.required).toBe(true);
  });

  it('says on every template that it is this site’s aid and the chi bộ may ask for another layout', () => {
    for (const t of templates) {
      expect(t.note, t.id).toMatch(/không phải mẫu chính thức/);
      expect(t.note, t.id).toMatch(/Chi bộ|chi bộ/);
    }
  });

  it('offers questions, never ready-made answers: guiding questions end with a question mark', () => {
    for (const t of templates) {
      for (const f of allFields(t)) for (const q of f.guidingQuestions) expect(q.trim().endsWith('?'), `${t.id}.${f.id}: ${q}`).toBe(true);
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
      t.parts[0].sections[1].fields[0].id = 'trungThanh';
      expect(templateSchema.safeParse(t).success).toBe(false);
      const u = raw('dang-vien.json');
      u.parts[0].sections[1].fields[0].formerIds = ['uuDiem'];
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
    });
  });
});
