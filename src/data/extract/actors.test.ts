import { describe, expect, it } from 'vitest';
import { findActors } from './actors';
import { DEFAULT_ACTORS } from './defaultActors';
import type { KnownActor } from './types';

/** The actors found, as `text -> id (via)`, checking that offsets slice back. */
function actors(text: string, dateline: string | null = null, list: readonly KnownActor[] = DEFAULT_ACTORS) {
  return findActors(text, list, dateline).map((m) => {
    expect(text.slice(m.start, m.end)).toBe(m.text);
    return `${m.text} -> ${m.actorId} (${m.via})`;
  });
}

describe('findActors: names and aliases', () => {
  it('finds people by name and by alias, in every spelling', () => {
    expect(actors('Stoltenberg told Zelensky, Zelenskyy and Zelenskiy; Volodymyr Zelensky agreed.')).toEqual([
      'Stoltenberg -> jens-stoltenberg (alias)',
      'Zelensky -> volodymyr-zelensky (alias)',
      'Zelenskyy -> volodymyr-zelensky (alias)',
      'Zelenskiy -> volodymyr-zelensky (alias)',
      'Volodymyr Zelensky -> volodymyr-zelensky (name)',
    ]);
  });

  it('prefers the longest name: the Ukraine Defense Contact Group is not Ukraine', () => {
    expect(actors('ahead of the Ukraine Defense Contact Group meeting in Germany')).toEqual([
      'Ukraine Defense Contact Group -> ukraine-defense-contact-group (name)',
      'Germany -> germany (name)',
    ]);
  });

  it('matches a name of several words in any case after its first letter', () => {
    expect(actors('through that Ukraine defence contact group')).toEqual([
      'Ukraine defence contact group -> ukraine-defense-contact-group (alias)',
    ]);
    expect(actors("the country's defense department is working")).toEqual([]);
  });

  it('keeps the case of a single word: "us" is not the US', () => {
    expect(actors('support us, said the US and the U.S. in US-made jets')).toEqual([
      'US -> united-states (alias)',
      'U.S. -> united-states (alias)',
      'US -> united-states (alias)',
    ]);
  });

  it('does not take part of a word or handle', () => {
    expect(actors('President @ZelenskyyUa and the Russianist')).toEqual([]);
  });

  it('reads possessives with either apostrophe', () => {
    expect(actors("Ukraine’s rightful place and Russia's war")).toEqual([
      'Ukraine -> ukraine (name)',
      'Russia -> russia (name)',
    ]);
  });
});

describe('findActors: metonyms and demonyms', () => {
  it('reads the Kremlin, the Pentagon, Moscow and Washington as the actors they stand for', () => {
    expect(
      actors(
        'The Kremlin said, according to the Pentagon, that Moscow is fighting and Washington will provide aid.',
      ),
    ).toEqual([
      'Kremlin -> russia (metonym)',
      'Pentagon -> us-department-of-defense (metonym)',
      'Moscow -> russia (metonym)',
      'Washington -> united-states (metonym)',
    ]);
  });

  it('reads a capital after "in", "to" or "at" as a place, not as the actor', () => {
    expect(actors('He arrived in Kyiv, travelled to Moscow, spoke at a Washington think tank.')).toEqual([]);
    expect(actors('despite repeated requests from Kyiv')).toEqual(['Kyiv -> ukraine (metonym)']);
  });

  it('reads a demonym before forces, troops or strikes as the country', () => {
    expect(
      actors(
        'Ukrainian forces pushed back Russian occupation forces; Russian strikes hit Ukrainian Armed Forces.',
      ),
    ).toEqual([
      'Ukrainian forces -> ukraine (demonym)',
      'Russian occupation forces -> russia (demonym)',
      'Russian strikes -> russia (demonym)',
      // The armed forces are an actor of their own, as in the curated annotations.
      'Ukrainian Armed Forces -> armed-forces-of-ukraine (alias)',
    ]);
    expect(actors('“Ukrainians are fighting for their families,” he said.')).toEqual([
      'Ukrainians -> ukraine (demonym)',
    ]);
  });

  it('does not read a demonym before other words as the country', () => {
    expect(actors('the Ukrainian minister and sovereign Russian territory; ukrainian forces')).toEqual([]);
  });
});

describe('findActors: titles', () => {
  it('reads "the NATO chief" as the Secretary General of the dateline', () => {
    const text = 'The NATO chief reiterated that NATO “stands with Ukraine”.';
    expect(actors(text, '2023-04-20')[0]).toBe('NATO chief -> jens-stoltenberg (metonym)');
    expect(actors(text, '2025-03-01')[0]).toBe('NATO chief -> mark-rutte (metonym)');
    expect(findActors(text, DEFAULT_ACTORS, '2023-04-20')[0]?.note).toBe(
      '"NATO chief": held on 2023-04-20 (the dateline)',
    );
  });

  it('without a dateline, reads a title at the nearest date written in the text', () => {
    const text =
      'NATO Chief Says Forces Gain Ground. Stoltenberg met Zelenskiy in Kyiv, Ukraine September 28, 2023.';
    expect(actors(text)[0]).toBe('NATO Chief -> jens-stoltenberg (metonym)');
    // Two people held the title; with no date to choose, only the organization it names is kept.
    expect(actors('The NATO chief spoke.')).toEqual(['NATO -> nato (name)']);
  });

  it('reads a bare "secretary general" only after the article has named NATO', () => {
    expect(actors('NATO met. “Let me be clear,” the secretary general said.', '2023-04-20')).toEqual([
      'NATO -> nato (name)',
      'secretary general -> jens-stoltenberg (metonym)',
    ]);
    expect(actors('“Let me be clear,” the secretary general said.', '2023-04-20')).toEqual([]);
  });

  it('does not count a title that introduces a name as a second mention, but keeps what it names', () => {
    expect(
      actors('NATO Secretary General Jens Stoltenberg and Kremlin spokesman Dmitry Peskov', '2023-09-29'),
    ).toEqual([
      'NATO -> nato (name)',
      'Jens Stoltenberg -> jens-stoltenberg (name)',
      'Kremlin -> russia (metonym)',
      'Dmitry Peskov -> dmitry-peskov (name)',
    ]);
  });

  it('gives a title followed by a name to that person, whatever the date', () => {
    expect(actors('UK Defense Minister Grant Shapps was in Kyiv.', '2022-02-24')).toEqual([
      'UK -> united-kingdom (alias)',
      'Grant Shapps -> grant-shapps (name)',
    ]);
  });
});

describe('findActors: an actor list from the dataset', () => {
  const list: KnownActor[] = [
    { id: 'nansen', name: 'Nansen Support Programme', type: 'organization', aliases: ['Nansen programme'] },
    {
      id: 'store',
      name: 'Jonas Gahr Støre',
      type: 'person',
      aliases: ['Støre', 'Store'],
      titles: ['Norwegian Prime Minister'],
    },
    {
      id: 'norway',
      name: 'Norway',
      type: 'country',
      aliases: [],
      demonyms: ['Norwegian'],
      metonyms: ['Oslo'],
    },
  ];

  it('uses only the actors it is given, with plain-string titles', () => {
    expect(
      actors(
        'the Nansen programme, the Norwegian prime minister said; Norwegian officials in Oslo; Oslo agreed',
        null,
        list,
      ),
    ).toEqual([
      'Nansen programme -> nansen (alias)',
      'Norwegian prime minister -> store (metonym)',
      'Norwegian officials -> norway (demonym)',
      'Oslo -> norway (metonym)',
    ]);
  });
});
