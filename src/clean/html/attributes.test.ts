import { describe, expect, it } from 'vitest';
import { keptName, keptNames, type AttributePolicy } from './attributes.ts';

const policy = (kept: string[]): AttributePolicy => ({ kept: new Set(kept), keepAll: new Set(), record: () => ({}), empty: {} });
const at = (src: string, name: string, h: ReturnType<typeof keptNames>): string | null => keptName(src, src.indexOf(name), src.indexOf(name) + name.length, h);

describe('keptName', () => {
  it('finds kept names in any case and passes over the others', () => {
    const h = keptNames(policy(['class', 'id', 'aria-hidden']));
    expect(at('<div CLASS="x">', 'CLASS', h)).toBe('class');
    expect(at('<div id=x>', 'id', h)).toBe('id');
    expect(at('<div aria-hidden=true>', 'aria-hidden', h)).toBe('aria-hidden');
    expect(at('<a href=x>', 'href', h)).toBeNull();
    expect(at('<div clasz=x>', 'clasz', h)).toBeNull();
  });

  it('tells apart names that share a length and first letter, and keeps very long names', () => {
    const long = 'data-a-very-long-attribute-name-kept';
    const h = keptNames(policy(['type', 'tabs', long]));
    expect(at('<x TYPE=a>', 'TYPE', h)).toBe('type');
    expect(at('<x tabs=a>', 'tabs', h)).toBe('tabs');
    expect(at('<x tail=a>', 'tail', h)).toBeNull();
    expect(at(`<x ${long}=a>`, long, h)).toBe(long);
  });
});
