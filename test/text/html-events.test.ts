import { describe, expect, it } from 'vitest';
import { parseHtmlEvents } from '../../shared/text/html-events.ts';
import { htmlToText } from '../../shared/text/html-to-text.ts';

/** The events as a flat list: "<div>", "text", "</div>". */
function events(html: string): string[] {
  const out: string[] = [];
  parseHtmlEvents(html, {
    onopentag: (name) => out.push(`<${name}>`),
    ontext: (text) => out.push(text),
    onclosetag: (name) => out.push(`</${name}>`),
  });
  return out;
}

/** True when every close is for the innermost open element and nothing is left open. */
function wellNested(list: string[]): boolean {
  const stack: string[] = [];
  for (const e of list) {
    if (e.startsWith('</')) {
      if (stack.pop() !== e.slice(2, -1)) return false;
    } else if (e.startsWith('<')) stack.push(e.slice(1, -1));
  }
  return stack.length === 0;
}

describe('parseHtmlEvents', () => {
  it('closes unclosed elements at the end, innermost first', () => {
    expect(events('<div><span>a<b>b')).toEqual(['<div>', '<span>', 'a', '<b>', 'b', '</b>', '</span>', '</div>']);
  });

  it('closes the elements a close tag skips over', () => {
    expect(events('<div><span>a</div>b')).toEqual(['<div>', '<span>', 'a', '</span>', '</div>', 'b']);
  });

  it('ignores a close tag for an element that is not open, and reads </p> as an empty paragraph', () => {
    expect(events('<div>a</span>b</div>')).toEqual(['<div>', 'a', 'b', '</div>']);
    expect(events('a</p>b')).toEqual(['a', '<p>', '</p>', 'b']);
  });

  it('applies implied end tags: a new paragraph or list item closes the open one', () => {
    expect(events('<p>a<p>b')).toEqual(['<p>', 'a', '</p>', '<p>', 'b', '</p>']);
    expect(events('<ul><li>a<li>b</ul>')).toEqual(['<ul>', '<li>', 'a', '</li>', '<li>', 'b', '</li>', '</ul>']);
  });

  it('closes void and self-closed elements at once', () => {
    expect(events('a<br>b<img src=x>c<span/>d')).toEqual([
      'a',
      '<br>',
      '</br>',
      'b',
      '<img>',
      '</img>',
      'c',
      '<span>',
      '</span>',
      'd',
    ]);
  });

  it('decodes entities in text and attributes and lower-cases names', () => {
    const attrs: Record<string, string>[] = [];
    const texts: string[] = [];
    parseHtmlEvents('<A HREF="x&amp;y" hidden>5 &lt; 6 &#1633;</A>', {
      onopentag: (_n, a) => attrs.push(a),
      ontext: (t) => texts.push(t),
      onclosetag: () => {},
    });
    expect(attrs).toEqual([{ href: 'x&y', hidden: '' }]);
    expect(texts.join('')).toBe('5 < 6 ١');
  });

  it('keeps script content as raw text', () => {
    expect(events('<script>if (a < b) x = "</div>";</script>')).toEqual([
      '<script>',
      'if (a < b) x = "</div>";',
      '</script>',
    ]);
  });

  it('stays well nested on 40,000 nested and 100,000 unclosed tags', () => {
    const nested = events(`${'<div>'.repeat(40_000)}x${'</div>'.repeat(40_000)}`);
    expect(nested).toHaveLength(80_001);
    expect(wellNested(nested)).toBe(true);
    const unclosed = events('<span>a '.repeat(100_000));
    expect(unclosed).toHaveLength(300_000);
    expect(wellNested(unclosed)).toBe(true);
  });
});

describe('htmlToText on hostile nesting', () => {
  it('reads the text inside 40,000 nested <div>s', () => {
    expect(htmlToText(`<body>${'<div>'.repeat(40_000)}قتل 12 شخصا${'</div>'.repeat(40_000)}</body>`).text).toBe(
      'قتل 12 شخصا',
    );
  });

  it('reads the text of 100,000 unclosed tags', () => {
    const { text } = htmlToText(`<body>${'<b>word '.repeat(100_000)}`);
    expect(text.split(' ')).toHaveLength(100_000);
  });

  it('keeps the outermost of nested articles, which holds the inner ones', () => {
    const html = `<body><article><p>outer start</p>${'<article><p>inner</p>'.repeat(1000)}</article></body>`;
    const { text } = htmlToText(html);
    expect(text.startsWith('outer start\n\ninner')).toBe(true);
    expect(text.split('\n\n')).toHaveLength(1001);
  });
});
