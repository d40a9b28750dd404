import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { formatProblem } from './problems';
import { parseYamlFile, positionOf } from './yamlFile';
import { zodProblems } from './zodProblems';

const text = [
  'title: Test',
  'events:',
  '  - id: one',
  '    title: First',
  '  - id: two',
  '    colour: red',
  '',
].join('\n');

describe('YAML positions', () => {
  const { yaml, problems } = parseYamlFile('data/test.yaml', text);

  it('parses without problems', () => {
    expect(problems).toEqual([]);
  });

  it('locates a field by its path', () => {
    expect(positionOf(yaml, ['events', 1, 'id'])).toEqual({ line: 5, col: 9 });
    expect(positionOf(yaml, ['events', 0, 'title'])).toEqual({ line: 4, col: 12 });
  });

  it('falls back to the nearest parent for a missing field', () => {
    expect(positionOf(yaml, ['events', 1, 'title'])).toEqual({ line: 5, col: 5 });
  });

  it('maps every zod issue to file:line:col and a field path', () => {
    const schema = z.object({
      title: z.string(),
      events: z.array(z.object({ id: z.string(), title: z.string() }).strict()),
    });
    const result = schema.safeParse(yaml.data);
    expect(result.success).toBe(false);
    if (result.success) return;
    const lines = zodProblems(yaml, result.error).map(formatProblem).sort();
    expect(lines).toEqual([
      'data/test.yaml:5:5 events[1].title: missing required field (expected string)',
      'data/test.yaml:6:5 events[1].colour: unknown field',
    ]);
  });

  it('reports a syntax error with its position', () => {
    const broken = parseYamlFile('data/bad.yaml', 'title: Test\nevents:\n  - id: one\n   title: [unclosed\n');
    expect(broken.problems.length).toBeGreaterThan(0);
    expect(broken.problems[0]?.path).toBe('(syntax)');
    expect(broken.problems[0]?.line).toBeGreaterThanOrEqual(3);
  });
});
