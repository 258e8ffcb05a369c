import { describe, expect, it } from 'vitest';
import { clauseCitation, documentCitation, type CitedDocument } from '../../src/lib/citation.ts';

const plan: CitedDocument = {
  issuer: '共青团河北省委',
  title: '关于深化青年发展型城市建设的实施方案',
  docNumber: '冀青字〔2024〕3号',
  year: 2024,
  draft: false,
  inferred: [],
  supplied: [],
};

describe('documentCitation', () => {
  it('names issuer, title and 文号', () => {
    expect(documentCitation(plan)).toBe('共青团河北省委《关于深化青年发展型城市建设的实施方案》（冀青字〔2024〕3号）');
  });

  it('leaves out the issuer when the title begins with it', () => {
    expect(documentCitation({ ...plan, title: '共青团河北省委2024年工作要点', docNumber: null })).toBe('《共青团河北省委2024年工作要点》');
  });

  it('gives the year only when there is no 文号 and the title lacks it', () => {
    expect(documentCitation({ ...plan, docNumber: null })).toBe('共青团河北省委《关于深化青年发展型城市建设的实施方案》（2024年）');
    expect(documentCitation({ ...plan, docNumber: null, title: '全省青年发展型城市建设三年行动方案（2024—2026）' })).toBe(
      '共青团河北省委《全省青年发展型城市建设三年行动方案（2024—2026）》',
    );
  });

  it('says when the year is inferred or supplied beside the text rather than printed', () => {
    expect(documentCitation({ ...plan, docNumber: null, inferred: ['year'] })).toBe('共青团河北省委《关于深化青年发展型城市建设的实施方案》（2024年，推定）');
    expect(documentCitation({ ...plan, docNumber: null, supplied: ['year'] })).toBe('共青团河北省委《关于深化青年发展型城市建设的实施方案》（2024年，推定）');
    expect(documentCitation({ ...plan, docNumber: null, supplied: ['issuer'] })).toBe('共青团河北省委《关于深化青年发展型城市建设的实施方案》（2024年）');
  });

  it('marks a draft after the title unless the title already says so', () => {
    expect(documentCitation({ ...plan, draft: true })).toBe('共青团河北省委《关于深化青年发展型城市建设的实施方案》（草案）（冀青字〔2024〕3号）');
    expect(documentCitation({ ...plan, draft: true, title: '关于深化青年发展型城市建设的实施方案（征求意见稿）' })).toBe(
      '共青团河北省委《关于深化青年发展型城市建设的实施方案（征求意见稿）》（冀青字〔2024〕3号）',
    );
    expect(documentCitation({ ...plan, draft: true, title: '实施方案（草 案）' })).toBe('共青团河北省委《实施方案（草 案）》（冀青字〔2024〕3号）');
  });
});

describe('clauseCitation', () => {
  it('adds the place in the document’s own numbers', () => {
    expect(clauseCitation(plan, { place: '二、（三）1.①' })).toBe('共青团河北省委《关于深化青年发展型城市建设的实施方案》（冀青字〔2024〕3号），二、（三）1.①');
  });
});
