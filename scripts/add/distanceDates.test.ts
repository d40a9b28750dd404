import { describe, expect, it } from 'vitest';
import { dateAtDistance, distanceDates } from './distanceDates';

const clauses = (sentence: string) =>
  distanceDates(sentence).map((d) => [d.days, sentence.slice(d.clause.start, d.clause.end)]);

describe('events dated by their distance from the sentence', () => {
  it('reads "the day before" and "a day before" as the next day, with the words up to the clause break', () => {
    expect(
      clauses(
        'Stoltenberg declared Thursday in Kyiv, the day before meeting with defence leaders from the U.S. and other nations in Germany, that aggression must stop.',
      ),
    ).toEqual([[1, 'meeting with defence leaders from the U.S. and other nations in Germany']]);
    expect(clauses('The visit comes only a day before he meets with Lloyd Austin.')).toEqual([
      [1, 'he meets with Lloyd Austin'],
    ]);
  });

  it('counts days and weeks, before and after', () => {
    expect(clauses('She spoke two days after the strike on the port.')).toEqual([
      [-2, 'the strike on the port'],
    ]);
    expect(clauses('The vote came three weeks ahead of the summit in Vilnius.')).toEqual([
      [21, 'the summit in Vilnius'],
    ]);
  });

  it('leaves dates of their own and spans alone', () => {
    expect(distanceDates('He arrived the day before yesterday.')).toEqual([]);
    expect(distanceDates('Talks were held ahead of the summit.')).toEqual([]);
    expect(distanceDates('Aid arrives within days after the vote.')).toEqual([]);
  });

  it('dates the other event from the sentence: a day for days, the Monday for weeks', () => {
    const [day] = distanceDates('It came a day before the meeting.');
    const [week] = distanceDates('It came two weeks before the meeting.');
    expect(day && dateAtDistance('2023-04-20', day)).toBe('2023-04-21');
    expect(week && dateAtDistance('2023-04-20', week)).toBe('2023-05-01');
    expect(day && dateAtDistance('2023-04', day)).toBeNull();
  });
});
