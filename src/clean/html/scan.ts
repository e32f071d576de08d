import { decodeHTML, decodeHTMLAttribute } from 'entities';
import { keptName, keptNames, type AttributePolicy, type KeptNames } from './attributes.ts';

export type { AttributePolicy } from './attributes.ts';

/**
 * A single-pass HTML scanner written for the extractor, in place of a general tokenizer: text runs
 * are found with indexOf, tags are read once, attribute values are sliced (and entity-decoded) only
 * for the names the caller keeps, raw-text elements (script, style, title, textarea, xmp) jump to
 * their closing tag, and the content of elements the caller skips (svg, iframe, noscript, …) is
 * passed over without building anything. Tokenising follows htmlparser2 10 in HTML mode (tag names
 * start with an ASCII letter; comments end at `-->`, CDATA and `<!…>`/`<?…>` are ignored; text and
 * attribute entities decoded in the HTML5 legacy and attribute modes), so the tree is the same.
 */
export interface ScanSink {
  /** An opening tag; returns true when its content is to be skipped up to its closing tag. */
  open(name: string, attrs: Record<string, string>, selfClosing: boolean): boolean;
  close(name: string): void;
  /** A text node's text, with where it can be measured: the page source at `from` (no entities), or the decoded text itself at 0. */
  text(text: string, src: string, from: number): void;
  /** The content of a raw-text element; `title` and `textarea` content is entity-decoded. */
  raw(name: string, attrs: Readonly<Record<string, string>>, content: string): void;
  /** Whether an element of that name is open: its closing tag ends a skipped region early. */
  isOpen(name: string): boolean;
  /** Whether an opening `name` tag closes an open `open` element (`<p>` closes `<p>`, `<textarea>` a `<button>`). */
  impliesClose(name: string, open: string): boolean;
}

const RAW_TEXT: ReadonlySet<string> = new Set(['script', 'style', 'title', 'textarea', 'xmp']);
const DECODED_RAW: ReadonlySet<string> = new Set(['title', 'textarea']);
export const VOID: ReadonlySet<string> = new Set([
  'area', 'base', 'basefont', 'br', 'col', 'command', 'embed', 'frame', 'hr', 'img', 'input', 'isindex', 'keygen', 'link', 'meta', 'param',
  'source', 'track', 'wbr',
]);
const NO_ATTRS: Record<string, string> = Object.freeze({}) as Record<string, string>;

const GT = 62;
const SLASH = 47;
const EQ = 61;

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 9 || c === 13 || c === 12;
}
function isAlpha(c: number): boolean {
  const l = c | 32;
  return l >= 97 && l <= 122;
}

export function scanHtml(html: string, sink: ScanSink, policy: AttributePolicy): void {
  new Scanner(html, sink, policy, keptNames(policy)).run();
}

class Scanner {
  private readonly n: number;
  /** The last tag read by readTag. */
  private name = '';
  private attrs: Record<string, string> = {};
  private selfClosing = false;

  constructor(
    private readonly html: string,
    private readonly sink: ScanSink,
    private readonly policy: AttributePolicy,
    private readonly names: KeptNames,
  ) {
    this.n = html.length;
  }

  run(): void {
    const { html, n } = this;
    let i = 0;
    let textStart = 0;
    while (i < n) {
      const lt = html.indexOf('<', i);
      if (lt === -1 || lt + 1 >= n) break;
      const c = html.charCodeAt(lt + 1);
      if ((!isAlpha(c) && c !== SLASH && c !== 33 && c !== 63) || (c === SLASH && this.isEmptyClose(lt))) {
        i = lt + 1; // a lone "<", or "</>", is text
        continue;
      }
      if (lt > textStart) this.text(textStart, lt);
      if (isAlpha(c)) i = this.openTag(lt);
      else if (c === SLASH) i = this.closeTag(lt, true);
      else i = this.skipMarkup(lt);
      textStart = i;
    }
    if (textStart < n) this.text(textStart, n);
  }

  /** `</>` or `</ >`: text, not a tag (as htmlparser2 reads it). */
  private isEmptyClose(lt: number): boolean {
    const { html, n } = this;
    let j = lt + 2;
    while (j < n && isSpace(html.charCodeAt(j))) j++;
    return j < n && html.charCodeAt(j) === GT;
  }

  private text(from: number, to: number): void {
    const s = this.html.slice(from, to);
    if (s.indexOf('&') === -1) this.sink.text(s, this.html, from);
    else {
      const d = decodeHTML(s);
      this.sink.text(d, d, 0);
    }
  }

  /** Comments, CDATA, doctype and processing instructions at `lt`; returns the index after them. */
  private skipMarkup(lt: number): number {
    const { html, n } = this;
    let end: number;
    if (html.startsWith('!--', lt + 1)) {
      end = html.indexOf('-->', lt + 4);
      return end === -1 ? n : end + 3;
    }
    if (html.startsWith('![CDATA[', lt + 1)) {
      end = html.indexOf(']]>', lt + 9);
      return end === -1 ? n : end + 3;
    }
    end = html.indexOf('>', lt + 2);
    return end === -1 ? n : end + 1;
  }

  /** Reads the tag opening at `lt` into name/attrs/selfClosing; returns the index after it, or -1 if the input ends inside it. */
  private readTag(lt: number, keep: boolean): number {
    const { html, n } = this;
    let j = lt + 1;
    let upper = false;
    while (j < n) {
      const c = html.charCodeAt(j);
      if (c === GT || c === SLASH || isSpace(c)) break;
      if (c >= 65 && c <= 90) upper = true;
      j++;
    }
    if (j >= n) return -1;
    const name = upper ? html.slice(lt + 1, j).toLowerCase() : html.slice(lt + 1, j);
    const { keepAll, record } = this.policy;
    const all = keep && keepAll.has(name);
    const empty = this.policy.empty as Record<string, string>;
    let attrs = !keep ? NO_ATTRS : all ? {} : empty;
    this.name = name;
    this.attrs = attrs;
    this.selfClosing = false;
    for (;;) {
      while (j < n && isSpace(html.charCodeAt(j))) j++;
      if (j >= n) return -1;
      let c = html.charCodeAt(j);
      if (c === GT) return j + 1;
      if (c === SLASH) {
        j++;
        while (j < n && isSpace(html.charCodeAt(j))) j++;
        if (j < n && html.charCodeAt(j) === GT) {
          this.selfClosing = true;
          return j + 1;
        }
        continue;
      }
      const ns = j;
      j++;
      while (j < n) {
        c = html.charCodeAt(j);
        if (c === EQ || c === GT || c === SLASH || isSpace(c)) break;
        j++;
      }
      const ne = j;
      while (j < n && isSpace(html.charCodeAt(j))) j++;
      let vs = j;
      let ve = j;
      if (j < n && html.charCodeAt(j) === EQ) {
        j++;
        while (j < n && isSpace(html.charCodeAt(j))) j++;
        if (j >= n) return -1;
        const q = html.charCodeAt(j);
        if (q === 34 || q === 39) {
          const close = html.indexOf(q === 34 ? '"' : "'", j + 1);
          if (close === -1) return -1;
          vs = j + 1;
          ve = close;
          j = close + 1;
        } else {
          vs = j;
          while (j < n) {
            c = html.charCodeAt(j);
            if (c === GT || isSpace(c)) break;
            j++;
          }
          ve = j;
        }
      }
      if (!keep) continue;
      const an = all ? html.slice(ns, ne).toLowerCase() : keptName(html, ns, ne, this.names);
      if (an !== null && attrs[an] === undefined) {
        if (attrs === empty) this.attrs = attrs = record();
        const v = html.slice(vs, ve);
        attrs[an] = v.indexOf('&') === -1 ? v : decodeHTMLAttribute(v);
      }
    }
  }

  private openTag(lt: number): number {
    let i = this.readTag(lt, true);
    if (i === -1) return this.n;
    const { name, attrs, selfClosing } = this;
    if (RAW_TEXT.has(name) && !selfClosing) {
      const end = this.rawEnd(i, name);
      const content = this.html.slice(i, end);
      this.sink.raw(name, attrs, DECODED_RAW.has(name) && content.indexOf('&') !== -1 ? decodeHTML(content) : content);
      return this.afterClosingName(end, name.length);
    }
    if (this.sink.open(name, attrs, selfClosing) && !selfClosing) i = this.skipContent(i, name);
    return i;
  }

  /** Index of the `</name` (followed by space or `>`) that ends a raw-text element, or the end of input. */
  private rawEnd(from: number, name: string): number {
    const { html, n } = this;
    const len = name.length;
    for (let k = html.indexOf('</', from); k !== -1; k = html.indexOf('</', k + 2)) {
      const after = html.charCodeAt(k + 2 + len);
      if (!(after === GT || isSpace(after))) continue;
      const s = html.substr(k + 2, len);
      if (s === name || s.toLowerCase() === name) return k;
    }
    return n;
  }

  /** After `</` + a name of `len` characters at `k`, the index after the closing `>`. */
  private afterClosingName(k: number, len: number): number {
    if (k >= this.n) return this.n;
    const gt = this.html.indexOf('>', k + 2 + len);
    return gt === -1 ? this.n : gt + 1;
  }

  /** The closing tag at `lt` (its name left in `name`, '' if none), reported to the sink if `report`. Returns the index after it. */
  private closeTag(lt: number, report: boolean): number {
    const { html, n } = this;
    let j = lt + 2;
    this.name = '';
    while (j < n && isSpace(html.charCodeAt(j))) j++;
    if (j >= n) return n;
    const c = html.charCodeAt(j);
    if (c === GT) return j + 1;
    if (!isAlpha(c)) {
      const gt = html.indexOf('>', j);
      return gt === -1 ? n : gt + 1;
    }
    const ns = j;
    let upper = false;
    while (j < n) {
      const d = html.charCodeAt(j);
      if (d === GT || isSpace(d)) break;
      if (d >= 65 && d <= 90) upper = true;
      j++;
    }
    if (j >= n) return n;
    const name = upper ? html.slice(ns, j).toLowerCase() : html.slice(ns, j);
    this.name = name;
    if (report) this.sink.close(name);
    const gt = html.charCodeAt(j) === GT ? j : html.indexOf('>', j);
    return gt === -1 ? n : gt + 1;
  }

  /**
   * Passes over the content of a skipped element up to its closing tag, tracking the elements
   * opened inside it. A closing tag of an element open outside, or an opening tag that closes the
   * skipped element implicitly, ends the region too; that tag is then read again by the caller.
   */
  private skipContent(from: number, root: string): number {
    const { html, n } = this;
    const inner: string[] = [root];
    let k = from;
    while (k < n) {
      const lt = html.indexOf('<', k);
      if (lt === -1 || lt + 1 >= n) return n;
      const c = html.charCodeAt(lt + 1);
      if (c === SLASH) {
        const after = this.closeTag(lt, false);
        if (this.name !== '') {
          const at = inner.lastIndexOf(this.name);
          if (at === 0) return after;
          if (at > 0) inner.length = at;
          else if (this.sink.isOpen(this.name)) return lt;
        }
        k = after;
      } else if (isAlpha(c)) {
        const end = this.readTag(lt, false);
        if (end === -1) return n;
        const name = this.name;
        while (this.sink.impliesClose(name, inner[inner.length - 1])) {
          if (inner.length === 1) return lt; // closes the skipped element: read again by the caller
          inner.pop();
        }
        if (this.selfClosing || VOID.has(name)) k = end;
        else if (RAW_TEXT.has(name)) k = this.afterClosingName(this.rawEnd(end, name), name.length);
        else {
          inner.push(name);
          k = end;
        }
      } else if (c === 33 || c === 63) k = this.skipMarkup(lt);
      else k = lt + 1;
    }
    return n;
  }
}
