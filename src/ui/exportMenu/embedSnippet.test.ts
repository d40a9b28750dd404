import { describe, expect, it } from 'vitest';
import { appSearch, embedUrl, iframeSnippet, listenerSnippet } from './embedSnippet';

const location = { origin: 'https://news.example', pathname: '/tools/aidline/index.html' };

describe('embedUrl', () => {
  it('points at embed.html in the folder the app is served from, with the chart and the view state', () => {
    expect(embedUrl('timeline', 'from=2023-09-01&lanes=kind', location)).toBe(
      'https://news.example/tools/aidline/embed.html?chart=timeline&from=2023-09-01&lanes=kind',
    );
    expect(embedUrl('figures', '', { ...location, pathname: '/tools/aidline/' }, 'dark')).toBe(
      'https://news.example/tools/aidline/embed.html?chart=figures&theme=dark',
    );
  });
});

describe('appSearch', () => {
  it('keeps the view state and drops what only the embed reads', () => {
    expect(appSearch('?chart=figures&theme=dark&from=2023-09-01&q=kyiv+contracts')).toBe(
      '?from=2023-09-01&q=kyiv+contracts',
    );
    expect(appSearch('?chart=timeline')).toBe('');
  });
});

describe('the snippet', () => {
  it('quotes the address and title so they cannot close the attribute', () => {
    const html = iframeSnippet({
      url: 'https://x/embed.html?a=1&b="2"',
      title: 'A <b> "title"',
      fallbackFile: 'f.png',
    });
    expect(html).toContain('src="https://x/embed.html?a=1&amp;b=&quot;2&quot;"');
    expect(html).toContain('title="A &lt;b&gt; &quot;title&quot;"');
    expect(html).toContain('<img src="f.png"');
  });

  it('listens only to the embed origin and only sets a height', () => {
    const script = listenerSnippet('https://news.example');
    expect(script).toContain('e.origin !== "https://news.example"');
    expect(script).toContain('"aidline:height"');
    expect(script).toMatch(/style\.height = /);
  });
});
