import { describe, expect, it } from 'vitest';
import { MAX_TITLE_LENGTH } from '../compile/annotationSchema';
import { draftTitle } from './wording';

const title = (sentence: string) => draftTitle(sentence, null);

describe('drafted titles: one whole thing from the sentence, cut with "…" only when nothing whole fits', () => {
  it('ends before a new clause', () => {
    expect(
      title(
        'The Senate approved $40 billion in aid as lawmakers from both parties set aside months of disputes over the border.',
      ),
    ).toBe('The Senate approved $40 billion in aid');
  });

  it('else before a phrase that only adds detail, never on a word that waits for more', () => {
    expect(
      title(
        'Defence Minister Anna Kowalska signed a $300 million contract for armoured vehicles with a manufacturer based in Gdansk.',
      ),
    ).toBe('Defence Minister Anna Kowalska signed a $300 million contract');
    expect(
      title(
        'The ministry will increase its support to Ukraine to more than 2 billion kroner over the next two years, officials said.',
      ),
    ).toBe('The ministry will increase its support to Ukraine');
  });

  it('keeps "to" with its verb', () => {
    expect(
      title(
        'Lawmakers in Tallinn voted to double the fund for drones built together with Ukrainian manufacturers next year.',
      ),
    ).toBe('Lawmakers in Tallinn voted to double the fund');
  });

  it('leaves out an opening phrase rather than keeping it alone', () => {
    expect(
      title(
        'Since the start of the invasion, the government in Oslo has sent more than 40 shipments of winter equipment to the front.',
      ),
    ).toBe('The government in Oslo has sent more than 40 shipments');
  });

  it('keeps an opening phrase whose list of names it cannot cut cleanly', () => {
    expect(
      title(
        'Speaking in Oslo with ministers from Latvia, Estonia and Finland, Lund said the fund would grow.',
      ),
    ).toMatch(/^Speaking in Oslo/);
  });

  it('does not end inside a list of names, and marks a cut with "…" when nothing whole fits', () => {
    const listed = title(
      'Partner countries Latvia, Lithuania and Finland will also take part in the purchase of the new radars next spring.',
    );
    expect(listed).not.toMatch(/(?:Latvia|Lithuania)$/);
    expect(listed).toMatch(/…$/);
    expect(listed.length).toBeLessThanOrEqual(MAX_TITLE_LENGTH);
  });

  it('reads "said this" as a sentence about a statement, not as reported speech', () => {
    expect(title('Lund said this at the start of the donor conference for Ukraine held in Oslo.')).toBe(
      'Lund said this at the start of the donor conference',
    );
    expect(title('Lund said the fund would grow.')).toBe('Lund: the fund would grow');
  });

  it('keeps a short sentence whole', () => {
    expect(title('Norway pledged winter aid.')).toBe('Norway pledged winter aid');
  });
});
