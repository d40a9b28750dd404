import { describe, expect, it } from 'vitest';
import { scanDates } from '../../src/data/extract/dates';
import { roleOf } from './sentenceCues';

function roles(text: string, dateline: string): string[] {
  const sentence = { start: 0, end: text.length, text, paragraph: 0 };
  const { dates } = scanDates(text, {
    date: dateline,
    source: 'metadata',
    text: null,
    start: null,
    end: null,
  });
  return dates.map((d) => `${d.text}: ${roleOf(text, sentence, d, dateline)}`);
}

describe('the role of a date in its sentence', () => {
  it('takes a possessive or attributive date for what it names, and the month for when it happened', () => {
    expect(
      roles(
        "Latvia's aid will be larger than this year's after the government raised the 2024 budget by a fifth in June.",
        '2024-11-19',
      ),
    ).toEqual(['this year: period', '2024: period', 'June: main']);
  });

  it('takes "beginning in" and "starting" as the start of a period, like "since"', () => {
    expect(
      roles(
        'It is the ninth shipment Oslo has sent, beginning in May 2023, the ministry said.',
        '2024-11-19',
      ),
    ).toEqual(['May 2023: period']);
    expect(roles('Payments run monthly starting from March 2024.', '2024-11-19')).toEqual([
      'March 2024: period',
    ]);
  });
});
