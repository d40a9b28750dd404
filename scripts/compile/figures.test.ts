import { describe, expect, it } from 'vitest';
import { chooseFigure, figureMentions } from './figures';

const QUOTE =
  'framework contracts in place for 2.4 billion euros (USD 2.53 billion) worth of key ammunition, ' +
  'including 1 billion euros (USD 1.54 billion) of firm orders';

describe('choosing the figure of a quote', () => {
  it('does not count a written conversion as a figure of its own', () => {
    expect(figureMentions(QUOTE).map((m) => m.text)).toEqual(['2.4 billion euros', '1 billion euros']);
  });

  it('takes the figure named by `figure`, with its written conversion', () => {
    const choice = chooseFigure(QUOTE, '1 billion euros');
    expect(choice.ok && choice.mention).toMatchObject({
      value: 1e9,
      currency: 'EUR',
      converted: { value: 1.54e9, currency: 'USD' },
    });
    expect(choice.ok && QUOTE.slice(choice.mention.start, choice.mention.end)).toBe('1 billion euros');
  });

  it('asks which figure when a quote holds several and none is named', () => {
    const choice = chooseFigure(QUOTE, undefined);
    expect(choice).toEqual({
      ok: false,
      message:
        'the quote holds 2 money figures ("2.4 billion euros", "1 billion euros"); name one with figure:',
    });
  });

  it('says what the extractor found when the named figure is not there', () => {
    const choice = chooseFigure(QUOTE, '3 billion euros');
    expect(choice.ok).toBe(false);
    expect(!choice.ok && choice.message).toContain(
      'the extractor found "2.4 billion euros", "1 billion euros"',
    );
  });

  it('takes the only figure of a quote without being told', () => {
    const choice = chooseFigure('a new package of $325 million in military aid', undefined);
    expect(choice.ok && choice.mention).toMatchObject({ value: 325e6, currency: 'USD' });
  });

  it('fails on a quote without money', () => {
    expect(chooseFigure('Stoltenberg visited Kyiv.', undefined).ok).toBe(false);
  });
});
