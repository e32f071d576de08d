import { describe, expect, it } from 'vitest';
import type { LocalEntity } from '../core/layers.ts';
import { areaOf, areasConflict, regionOfCity } from './area.ts';

const place = (name: string, aliases: string[] = [name]): LocalEntity => ({ key: 'e1', name, type: 'GPE', aliases, roles: [] });

/** The area of the first occurrence of `name` in `text`. */
function areaIn(text: string, name: string, entity = place(name)) {
  const start = text.indexOf(name);
  return areaOf(text, entity, { start, end: start + name.length });
}

describe('areas inside a country', () => {
  it('places a known city in its region', () => {
    expect(regionOfCity('Moscow')?.id).toBe('RUS:central');
    expect(regionOfCity('Vladivostok')?.id).toBe('RUS:far-eastern');
    expect(regionOfCity('Pyongyang')).toBeNull();
    expect(areaIn('Kim arrived in Moscow on Tuesday.', 'Moscow')).toEqual({ name: 'Moscow', region: 'RUS:central' });
  });

  it('reads a qualifier of the country name before or after it', () => {
    expect(areaIn('The two leaders met in far eastern Russia last year.', 'Russia')).toEqual({ name: 'far eastern Russia', region: 'RUS:far-eastern' });
    expect(areaIn('They met in Russia’s Far East in September.', 'Russia')).toEqual({ name: 'Russia’s Far East', region: 'RUS:far-eastern' });
  });

  it('gives no area to a bare country, or to a qualifier of another word', () => {
    expect(areaIn('A summit in Russia ended on Friday.', 'Russia')).toBeNull();
    expect(areaIn('Far eastern markets fell while Russia watched.', 'Russia')).toBeNull();
    // Regions are known for Russia only: "eastern Germany" is Germany.
    expect(areaIn('They met in far eastern Germany.', 'Germany')).toBeNull();
  });

  it('calls two regions of one country exclusive, and one region compatible with itself', () => {
    const moscow = { name: 'Moscow', region: 'RUS:central' };
    const east = { name: 'far eastern Russia', region: 'RUS:far-eastern' };
    const vladivostok = { name: 'Vladivostok', region: 'RUS:far-eastern' };
    expect(areasConflict(moscow, east)).toBe(true);
    expect(areasConflict(east, vladivostok)).toBe(false);
  });
});
