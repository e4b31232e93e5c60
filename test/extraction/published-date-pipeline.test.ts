// A local run records where each report's publication date came from, and extracts from the post, not from the
// readers' comments under it. Texts written for this test in the shape of a Facebook capture.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunResult } from '../../cli/local/run-result.ts';
import { runLocal } from '../../cli/local/runtime.ts';

const post = 'قال المرصد السوري إن غارة جوية على بلدة هجين أدت إلى مقتل 12 مدنيا.';
const capture =
  `صفحة الأخبار المحليةMarch 3, 2024 · Shared with Public${post}` +
  'All reactions:12045 commentsLikeCommentMost relevantأبو خالدبل قتل 40 مدنيا في هجين1y3';

let dir: string;
let result: RunResult;
let replayed: RunResult;
const report = (key: string) => result.reports.find((r) => r.key === key);

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'claimwatch-published-at-'));
  writeFileSync(join(dir, 'a-capture.txt'), capture);
  writeFileSync(join(dir, 'b-with-metadata.txt'), `${post} `);
  writeFileSync(join(dir, 'b-with-metadata.meta.json'), JSON.stringify({ publishedAt: '2024-03-05' }));
  writeFileSync(join(dir, 'c-undated.txt'), post.replace('12', '9'));
  writeFileSync(join(dir, 'd-linked.txt'), post.replace('12', '7'));
  writeFileSync(join(dir, 'd-linked.meta.json'), JSON.stringify({ url: 'https://news.example.org/2024/03/04/a/' }));
  result = await runLocal({ inputs: [dir], extractor: 'rules', log: () => {} });
  replayed = await runLocal({ inputs: [dir], extractor: 'rules', log: () => {}, uploadedAt: '2024-06-01T08:00:00Z' });
}, 240_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('publication date source in a local run', () => {
  it('takes the date of a capture from its text', () => {
    expect(report('a-capture.txt')).toMatchObject({ publishedAt: '2024-03-03', publishedAtSource: 'text' });
  });

  it("keeps the uploader's date", () => {
    expect(report('b-with-metadata.txt')).toMatchObject({ publishedAt: '2024-03-05', publishedAtSource: 'metadata' });
  });

  it("takes the day the uploader's link holds when the text has none", () => {
    expect(report('d-linked.txt')).toMatchObject({ publishedAt: '2024-03-04', publishedAtSource: 'metadata' });
  });

  it('falls back to the upload time and says so', () => {
    const undated = report('c-undated.txt');
    expect(undated?.publishedAtSource).toBe('upload');
    expect(undated?.publishedAt).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});

describe('a run replayed at a given upload time', () => {
  const replayedReport = (key: string) => replayed.reports.find((r) => r.key === key);

  it("files an undated report under that day, and still says the date is the upload's", () => {
    expect(replayedReport('c-undated.txt')).toMatchObject({ publishedAt: '2024-06-01', publishedAtSource: 'upload' });
  });

  it('keeps every date the report or its uploader gives', () => {
    expect(replayedReport('a-capture.txt')).toMatchObject({ publishedAt: '2024-03-03', publishedAtSource: 'text' });
    expect(replayedReport('b-with-metadata.txt')).toMatchObject({ publishedAt: '2024-03-05' });
  });
});

describe('report body in a local run', () => {
  it("reads the post's figure and not the one in a reader's comment", () => {
    const figures = (report('a-capture.txt')?.claims ?? []).map((c) => c.counts.civilians_killed?.stated);
    expect(figures).toContain(12);
    expect(figures).not.toContain(40);
  });
});
