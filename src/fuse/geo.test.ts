import { describe, expect, it } from 'vitest';
import { countryOf } from './geo.ts';

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
