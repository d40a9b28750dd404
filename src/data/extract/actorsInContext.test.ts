/**
 * One-word names and places read in context: "Austin" is Lloyd Austin only when it is not a city or
 * part of another name, "Paris" is France only when it is not Paris Hilton, and the Pentagon stands
 * for the Department of Defense wherever it qualifies an institutional noun.
 */
import { describe, expect, it } from 'vitest';
import { findActors } from './actors';
import { DEFAULT_ACTORS } from './defaultActors';

function actors(text: string, dateline: string | null = '2024-03-01') {
  return findActors(text, DEFAULT_ACTORS, dateline).map((m) => {
    expect(text.slice(m.start, m.end)).toBe(m.text);
    return `${m.text} -> ${m.actorId}`;
  });
}

describe('findActors: one-word names that name someone else', () => {
  it('does not read a city with its US state as a person or a capital', () => {
    expect(actors('A new line will open in Austin, Texas, and another near Moscow, Idaho.')).toEqual([]);
    expect(actors('Washington state pledged aid.')).toEqual([]);
  });

  it('does not read part of another proper name as the actor', () => {
    expect(actors('Celebrities including Paris Hilton and Sean Penn raised money.')).toEqual([]);
    expect(actors('Jane Austin, a teacher, met Austin Powers at the Berlin Wall.')).toEqual([]);
    expect(actors('Shares rose on the London Stock Exchange and the Moscow Exchange.')).toEqual([]);
  });

  it('still reads the name after a title, a possessive, a sentence opener or another actor', () => {
    expect(
      actors(
        "Defense Secretary Austin spoke. Then Austin left. Russia's Putin and NATO chief Stoltenberg met.",
      ),
    ).toEqual([
      'Austin -> lloyd-austin',
      'Austin -> lloyd-austin',
      'Russia -> russia',
      'Putin -> vladimir-putin',
      'NATO -> nato',
      'Stoltenberg -> jens-stoltenberg',
    ]);
    expect(actors('Kremlin Spokesman Dmitry Peskov said Zelensky Tuesday met Paris officials.')).toEqual([
      'Kremlin -> russia',
      'Dmitry Peskov -> dmitry-peskov',
      'Zelensky -> volodymyr-zelensky',
      'Paris -> france',
    ]);
  });

  it('does not take the last word of the sentence before for a first name', () => {
    expect(actors('Russia took the village of Ocheretyne. Kremlin spokesman Dmitry Peskov said.')).toEqual([
      'Russia -> russia',
      'Kremlin -> russia',
      'Dmitry Peskov -> dmitry-peskov',
    ]);
  });

  it('reads a headline without that test, since every word of it is capitalized', () => {
    expect(actors('Putin Lies About NATO Expansion Promise')).toEqual([
      'Putin -> vladimir-putin',
      'NATO -> nato',
    ]);
    expect(actors('Kremlin Says US Decision on Long-Range Strikes Would Stoke Tension')).toEqual([
      'Kremlin -> russia',
      'US -> united-states',
    ]);
  });
});

describe('findActors: places that stand for institutions', () => {
  it('reads "a leak of Pentagon documents" as the Department of Defense', () => {
    expect(actors('According to a leak of Pentagon documents, U.S. officials doubted it.')).toEqual([
      'Pentagon -> us-department-of-defense',
      'U.S. -> united-states',
    ]);
    expect(actors('The claim was relayed to Kremlin officials.')).toEqual(['Kremlin -> russia']);
  });

  it('still reads a place after "in" or "of" as the place', () => {
    expect(actors('He spoke in the Kremlin, on the outskirts of Moscow and in Kyiv region.')).toEqual([]);
  });

  it('does not take the letters of a currency for a country', () => {
    expect(actors('It arranged US$1.2bn, while the US gave more.')).toEqual(['US -> united-states']);
  });
});

describe('findActors: datelines', () => {
  it('takes nothing from a dateline, dated or not', () => {
    expect(actors('WASHINGTON (AP) — The Pentagon said.')).toEqual(['Pentagon -> us-department-of-defense']);
    expect(actors('OSLO/WARSAW, Feb 29 (Reuters) - Norway said.')).toEqual(['Norway -> norway']);
  });
});

describe('findActors: the built-in list beyond the seed articles', () => {
  it('knows the lenders, parliaments and ministers that aid articles name', () => {
    expect(
      actors(
        'The IMF, the World Bank and Congress agreed; the State Duma and the Rada voted; ' +
          'EU foreign policy chief Josep Borrell and Prime Minister Denys Shmyhal met Swiss officials in Bern.',
      ),
    ).toEqual([
      'IMF -> international-monetary-fund',
      'World Bank -> world-bank',
      'Congress -> us-congress',
      'State Duma -> state-duma',
      'Rada -> verkhovna-rada',
      'EU -> european-union',
      'Josep Borrell -> josep-borrell',
      'Denys Shmyhal -> denys-shmyhal',
      'Swiss officials -> switzerland',
    ]);
  });

  it('reads the EU foreign policy chief of the article date', () => {
    expect(actors('The EU foreign policy chief said.', '2024-03-01')).toEqual([
      'EU foreign policy chief -> josep-borrell',
    ]);
    expect(actors('The EU foreign policy chief said.', '2025-03-01')).toEqual([
      'EU foreign policy chief -> kaja-kallas',
    ]);
  });
});
