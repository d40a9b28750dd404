import { describe, expect, it } from 'vitest';
import { parseActorList } from './actorList';

describe('parseActorList', () => {
  it('reads the actors list of an annotation file, with plain or dated titles', () => {
    const yaml = [
      'title: Aidline',
      'actors:',
      '  - id: stoltenberg',
      '    name: Jens Stoltenberg',
      '    type: person',
      '    aliases: [Stoltenberg]',
      '    role: NATO Secretary General',
      '    titles: [NATO chief, { title: NATO head, from: 2014-10-01, to: 2024-09-30 }]',
      'events: []',
    ].join('\n');
    expect(parseActorList('data/annotations.yaml', yaml)).toEqual({
      ok: true,
      actors: [
        {
          id: 'stoltenberg',
          name: 'Jens Stoltenberg',
          type: 'person',
          aliases: ['Stoltenberg'],
          role: 'NATO Secretary General',
          titles: ['NATO chief', { title: 'NATO head', from: '2014-10-01', to: '2024-09-30' }],
        },
      ],
    });
  });

  it('says when there is no actors list', () => {
    expect(parseActorList('a.yaml', 'title: x')).toEqual({ ok: true, actors: null });
  });

  it('names file, line, column and field of each problem', () => {
    const yaml = ['actors:', '  - id: NATO', '    name: NATO', '    type: alliance', '    aliases: []'].join(
      '\n',
    );
    const result = parseActorList('list.yaml', yaml);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual([
      'list.yaml:2:9 actors[0].id: must be a lowercase slug (a-z, 0-9, -)',
      expect.stringMatching(/^list\.yaml:4:11 actors\[0\]\.type: /) as string,
    ]);
  });

  it('reports a YAML syntax error with its position', () => {
    const result = parseActorList('bad.yaml', 'actors: [\n  - id: x');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]).toMatch(/^bad\.yaml:\d+:\d+ /);
  });
});
