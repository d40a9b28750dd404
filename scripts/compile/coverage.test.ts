import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileDataset, type CompileResult } from './compileDataset';
import { formatProblem } from './problems';
import { coverageSummary } from './report';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
let root: string;
let result: CompileResult;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'aidline-coverage-'));
  cpSync(join(ROOT, 'data/sources'), join(root, 'data/sources'), { recursive: true });
  cpSync(join(ROOT, 'data/fixtures/compile/partial-coverage.yaml'), join(root, 'data/annotations.yaml'));
  result = compileDataset({ root });
}, 60_000);
afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

describe('coverage of the extractor mentions', () => {
  it('counts covered, ignored and uncovered mentions per source', () => {
    const brussels = result.coverage.sources.find((s) => s.source === '003-umerov-stoltenberg-brussels');
    expect(brussels?.dates).toEqual({ found: 4, covered: 1, ignored: 1, excluded: 0, uncovered: 2 });
    expect(coverageSummary(result.coverage)).toContain('mention(s) not covered');
  });

  it('warns about each uncovered mention at its place in the source file', () => {
    const lines = result.warnings.map(formatProblem);
    expect(lines).toContain(
      'data/sources/003_f2a1fbf1ecfb277b.txt:1:217 003-umerov-stoltenberg-brussels: date mention "December 4" is not covered: cite it in an event, or list it under ignore: with a reason',
    );
    expect(lines.some((l) => l.includes('money mention "2.4 billion euros" is not covered'))).toBe(true);
  });

  it('keeps the ignore reason and warns about an ignore entry that matches nothing', () => {
    const ignored = result.coverage.mentions.find((m) => m.status === 'ignored');
    expect(ignored).toMatchObject({
      text: 'February 24, 2022',
      note: 'background, not an event of this article',
    });
    expect(result.warnings.map(formatProblem)).toContain(
      'data/annotations.yaml:33:14 ignore[1].mention: the extractor finds no uncovered date mention "March 3" in 003-umerov-stoltenberg-brussels; remove this entry',
    );
  });

  it('warns about an event actor that none of its quotes names', () => {
    expect(result.warnings.map(formatProblem)).toContain(
      'data/annotations.yaml:19:32 events[0].actors[1]: actor "nato" is not named in any quote of this event',
    );
  });

  it('leaves mentions in excluded text out of the warnings', () => {
    const captions = result.coverage.mentions.filter((m) => m.status === 'excluded');
    expect(captions.length).toBeGreaterThan(0);
    expect(result.warnings.some((w) => captions.some((c) => w.message.includes(`"${c.text}"`)))).toBe(false);
  });
});
