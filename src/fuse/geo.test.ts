import { describe, expect, it } from 'vitest';
import { affiliationOfEntity, countryOf } from './geo.ts';

describe('countryOf', () => {
  it('maps names, official names, alternative spellings and capitals to one country', () => {
    expect(countryOf('North Korea')).toBe('PRK');
    expect(countryOf('Pyongyang')).toBe('PRK');
    expect(countryOf('DPRK')).toBe('PRK');
    expect(countryOf('the United States')).toBe('USA');
    expect(countryOf('Moscow')).toBe('RUS');
    expect(countryOf('Kim Il Sung Square')).toBeNull();
  });
});

describe('affiliationOfEntity', () => {
  it('reads the country from a national role', () => {
    const kim = { key: 'e1', name: 'Kim Jong Un', type: 'PERSON' as const, aliases: [], roles: [{ start: 0, end: 1, role: 'North Korean leader' }] };
    expect(affiliationOfEntity(kim)).toBe('PRK');
    expect(affiliationOfEntity({ ...kim, roles: [{ start: 0, end: 1, role: 'President of Russia' }] })).toBe('RUS');
    expect(affiliationOfEntity({ ...kim, roles: [{ start: 0, end: 1, role: 'defence minister' }] })).toBeNull();
  });
});
