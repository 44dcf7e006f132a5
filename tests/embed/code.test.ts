import { describe, expect, it } from 'vitest';
import { embedAddress, embedCode, embedTitle, escapeAttribute, parseEmbedOptions } from '../../src/embed';

describe('embedAddress(page, fragment, choice)', () => {
  it('puts embed.html beside the app page, the non-default options in the query and the link in the fragment', () => {
    expect(
      embedAddress('https://host.example/ns/index.html?x=1#v1=old', '#v1=NEW', {
        controls: 'minimal',
        theme: 'light',
      }),
    ).toBe('https://host.example/ns/embed.html#v1=NEW');
    const address = embedAddress('https://host.example/ns/', '#v1=AB', { controls: 'none', theme: 'dark' });
    expect(address).toBe('https://host.example/ns/embed.html?controls=none&theme=dark#v1=AB');
    const options = parseEmbedOptions(new URL(address).search);
    expect(options.problems).toEqual([]);
    expect(options.options).toMatchObject({ controls: 'none', theme: 'dark' });
  });

  it('gives nothing for a page that is not an address', () => {
    expect(embedAddress('not a url', '#v1=A', { controls: 'full', theme: 'projector' })).toBe('');
  });
});

describe('embedCode(src, title)', () => {
  it('is an iframe with a title, lazy loading, the sandbox, a size, and no border', () => {
    const code = embedCode('https://h.example/embed.html?controls=none&theme=dark#v1=A+B$', 'The Example');
    expect(code).toBe(
      [
        '<iframe',
        '  src="https://h.example/embed.html?controls=none&amp;theme=dark#v1=A+B$"',
        '  title="Backpropagation step by step: The Example"',
        '  loading="lazy"',
        '  sandbox="allow-scripts allow-popups allow-popups-to-escape-sandbox"',
        '  width="800"',
        '  height="700"',
        '  style="border: 0; max-width: 100%"',
        '></iframe>',
      ].join('\n'),
    );
  });

  it('escapes the title, so a model title can never end the attribute or open a tag', () => {
    const code = embedCode('https://h.example/embed.html', '"><script>alert(1)</script>');
    expect(code).not.toContain('<script');
    expect(code).toContain('title="Backpropagation step by step: &quot;&gt;&lt;script&gt;');
  });

  it('cuts a long title and names an untitled model plainly', () => {
    expect(embedTitle('x'.repeat(500)).length).toBeLessThan(160);
    expect(embedTitle('   ')).toBe('Backpropagation step by step');
    expect(escapeAttribute('a&b"c<d>e')).toBe('a&amp;b&quot;c&lt;d&gt;e');
  });
});
