import { describe, expect, it } from 'vitest';
import { localUrl, normalizePaint, resolveCssVars } from './cssValues';

const vars: Record<string, string> = {
  '--oi-blue': '#0072b2',
  '--data-1': 'var(--oi-blue)',
  '--ink': ' #14181f',
};
const lookup = (name: string) => vars[name] ?? '';

describe('resolveCssVars', () => {
  it('replaces custom properties, following references', () => {
    expect(resolveCssVars('var(--data-1)', lookup)).toBe('#0072b2');
    expect(resolveCssVars('1px solid var(--ink)', lookup)).toBe('1px solid #14181f');
  });

  it('uses the fallback of an undefined property, even a nested one', () => {
    expect(resolveCssVars('var(--missing, var(--ink))', lookup)).toBe('#14181f');
    expect(resolveCssVars('var(--missing, rgb(1, 2, 3))', lookup)).toBe('rgb(1, 2, 3)');
    expect(resolveCssVars('var(--missing)', lookup)).toBe('');
  });

  it('stops a property that refers to itself', () => {
    expect(() => resolveCssVars('var(--loop)', (n) => (n === '--loop' ? 'var(--loop)' : ''))).toThrow(
      /nest too deep/,
    );
  });
});

describe('normalizePaint', () => {
  it('writes short hex in full', () => {
    expect(normalizePaint('#FfF')).toEqual({ color: '#ffffff', opacity: 1 });
  });

  it('writes rgb() as hex', () => {
    expect(normalizePaint('rgb(0, 114, 178)')).toEqual({ color: '#0072b2', opacity: 1 });
  });

  it('splits the alpha channel off', () => {
    expect(normalizePaint('rgba(20, 24, 31, 0.25)')).toEqual({ color: '#14181f', opacity: 0.25 });
    expect(normalizePaint('rgb(20 24 31 / 50%)')).toEqual({ color: '#14181f', opacity: 0.5 });
  });

  it('makes a fully transparent colour none and leaves other paints alone', () => {
    expect(normalizePaint('rgba(0, 0, 0, 0)')).toEqual({ color: 'none', opacity: 1 });
    expect(normalizePaint('transparent').color).toBe('none');
    expect(normalizePaint('none').color).toBe('none');
    expect(normalizePaint('url(#hatch)').color).toBe('url(#hatch)');
  });
});

describe('localUrl', () => {
  it('turns an absolute reference to this document back into a fragment', () => {
    expect(localUrl('url("http://127.0.0.1:4173/#hatch-2")', 'http://127.0.0.1:4173/#top')).toBe(
      'url(#hatch-2)',
    );
    expect(localUrl('url(#clip)')).toBe('url(#clip)');
  });

  it('drops references to other files', () => {
    expect(localUrl('url("http://evil.example/x.svg")')).toBeNull();
    expect(localUrl("url('https://evil.example/x.svg#a\"b')")).toBeNull();
    expect(localUrl('url(https://evil.example/f.svg#f)', 'http://127.0.0.1:4173/')).toBeNull();
    expect(localUrl('url(#a) url(http://evil.example/)')).toBeNull();
  });

  it('leaves values without url() alone', () => {
    expect(localUrl('#0072b2')).toBe('#0072b2');
  });
});
