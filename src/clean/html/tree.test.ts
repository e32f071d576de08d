import { describe, expect, it } from 'vitest';
import { parseHtml, type El, type Node } from './tree.ts';

/** The tree as a compact string: tag(children) with text quoted. */
function show(n: Node): string {
  if (typeof n === 'string') return JSON.stringify(n);
  return `${n.tag}(${n.children.map(show).join(' ')})`;
}
const body = (html: string): string => show(parseHtml(html).root);

describe('parseHtml (own scanner)', () => {
  it('closes paragraphs, list items and cells implicitly', () => {
    expect(body('<p>a<p>b<div>c</div>')).toBe('#root(p("a") p("b") div("c"))');
    expect(body('<ul><li>a<li>b</ul>')).toBe('#root(ul(li("a") li("b")))');
    expect(body('<table><tr><td>a<td>b<tr><td>c</table>')).toBe('#root(table(tr(td("a") td("b")) tr(td("c"))))');
    expect(body('<p>a<span>b<div>c')).toBe('#root(p("a" span("b" div("c"))))');
  });

  it('pops to the matching open element and ignores stray closing tags', () => {
    expect(body('<div><span><b>a</div>b')).toBe('#root(div(span(b("a"))) "b")');
    expect(body('<div>a</span>b</div>')).toBe('#root(div("ab"))');
    expect(body('a</p>b</br>c')).toBe('#root("a" p() "b" br() "c")');
  });

  it('keeps img/br/hr, drops other void elements and honours self-closing tags', () => {
    expect(body('a<br/>b<img src="x">c<input>d<div/>e<meta name="x" content="y">')).toBe('#root("a" br() "b" img() "cd" div() "e")');
    expect(body('a<input>b')).toBe('#root("ab")');
  });

  it('skips script, style, svg, noscript and iframe content and reads JSON-LD and the title', () => {
    const p = parseHtml(
      '<title>A &amp; B</title><script type="application/ld+json">{"a":"</div>"}</script><script>if (a<b) document.write("</p>")</script>' +
        '<style>p{}</style><div>x<svg><g><title>t</title></g></svg>y<noscript><div><img></div></noscript>z</div>',
    );
    expect(show(p.root)).toBe('#root(div("xyz"))');
    expect(p.title).toBe('A & B');
    expect(p.jsonLd).toEqual(['{"a":"</div>"}']);
  });

  it('ends a skipped element that is never closed at its parent\'s closing tag', () => {
    expect(body('<div><button>Go<span>x</span></div><p>after</p>')).toBe('#root(div() p("after"))');
    expect(body('<div><button>Go<textarea>t</textarea>x<p>after</p></div>')).toBe('#root(div("x" p("after")))');
  });

  it('decodes entities in text and attributes, ignores comments, doctype and CDATA', () => {
    const p = parseHtml('<!doctype html><!-- <p>no</p> --><div class="a&amp;b" data-x="1" ID=main>caf&eacute; &lt;3 &#8212;<![CDATA[x]]></div>');
    const div = p.root.children[0] as El;
    expect(div.attrs).toEqual({ class: 'a&b', id: 'main' });
    expect(div.children).toEqual(['café <3 —']);
  });

  it('collects meta and link attributes, html lang, time elements and the first h1', () => {
    const p = parseHtml('<html lang="de"><meta property="og:title" content="T"><link rel="canonical" href="https://x.test/a"><h1>H</h1><time datetime="2024-01-02" class="published">x</time>');
    expect(p.metas).toEqual([{ property: 'og:title', content: 'T' }]);
    expect(p.links).toEqual([{ rel: 'canonical', href: 'https://x.test/a' }]);
    expect(p.lang).toBe('de');
    expect(p.times).toEqual([{ datetime: '2024-01-02', published: true }]);
    expect(p.h1 && show(p.h1)).toBe('h1("H")');
  });

  it('treats a lone "<" and "</>" as text and survives input cut inside a tag', () => {
    expect(body('a < b <3 c</>d')).toBe('#root("a < b <3 c</>d")');
    expect(body('<p>kept</p><div class="x')).toBe('#root(p("kept"))');
  });
});
