import { describe, expect, it } from 'vitest';
import { newNameStubs } from './newNames';

const stubs = (text: string) =>
  newNameStubs(text, { start: 0, end: text.length }, [], new Set()).map(({ actor }) => [
    actor.id,
    actor.name,
    actor.type,
    actor.aliases,
  ]);

describe('stubs for companies the dataset does not know', () => {
  it('names a company by its legal form, with its name alone as an alias', () => {
    expect(stubs('Nordwerk AG will deliver the first shells in May.')).toEqual([
      ['nordwerk', 'Nordwerk AG', 'organization', ['Nordwerk']],
    ]);
  });

  it('names a company introduced as one, in one word or several', () => {
    expect(
      stubs('The Finnish arms maker Vellamo signed the order, and the defence firm Baltic Optics joined.'),
    ).toEqual([
      ['vellamo', 'Vellamo', 'organization', []],
      ['baltic-optics', 'Baltic Optics', 'organization', []],
    ]);
  });

  it('names a company introduced as one with its legal form once, by its short name', () => {
    expect(stubs('The arms maker Nordwerk AG signed the order.')).toEqual([
      ['nordwerk', 'Nordwerk AG', 'organization', ['Nordwerk']],
    ]);
  });

  it('names the person after a company and a role, and the company once', () => {
    expect(stubs('Nordwerk AG CEO Jan Berg said the group Nordwerk would hire 300 workers.')).toEqual([
      ['nordwerk', 'Nordwerk AG', 'organization', ['Nordwerk']],
      ['jan-berg', 'Jan Berg', 'person', ['Berg']],
    ]);
  });
});
