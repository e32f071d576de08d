import { describe, expect, it } from 'vitest';
import { betterName, distinctAliases } from './names.ts';

describe('the aliases listed beside a name', () => {
  it('leave out what differs from the name or another alias only in capitals', () => {
    expect(distinctAliases('Vladimir Putin', ['Vladimir Putin', 'VLADIMIR Putin', 'Putin', 'VLADIMIR PUTIN'])).toEqual(['Putin']);
    expect(distinctAliases('Estavia City', ['ESTAVIA CITY', 'Estavia'])).toEqual(['Estavia']);
  });

  it('keep acronyms, which matching reads as acronyms', () => {
    expect(distinctAliases('Northern Treaty Organisation', ['NTO', 'Nto', 'Northern Treaty Organisation'])).toEqual(['NTO', 'Nto']);
  });

  it('do not depend on the order the names came in', () => {
    const names = ['Kim Jong-un', 'KIM Jong Un', 'Kim', 'Jong-un'];
    expect(distinctAliases('Kim Jong Un', names)).toEqual(distinctAliases('Kim Jong Un', [...names].reverse()));
  });
});

describe('the canonical name', () => {
  it('is never one written in capitals', () => {
    expect(betterName('PERSON', 'Vladimir Putin', 'VLADIMIR PUTIN')).toBe('Vladimir Putin');
  });
});
