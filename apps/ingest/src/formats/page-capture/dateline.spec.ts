import { readDateline } from './dateline';

describe('readDateline', () => {
  it('reads an English dateline on its own line', () => {
    expect(readDateline(['Idlib, SMART', 'Body.'])).toEqual({
      dateline: { place: 'Idlib', agency: 'SMART', text: 'Idlib, SMART' },
      body: ['Body.'],
    });
  });

  it('reads an Arabic dateline with an ASCII comma', () => {
    expect(readDateline(['ريف دمشق, سمارت']).dateline).toEqual({
      place: 'ريف دمشق',
      agency: 'سمارت',
      text: 'ريف دمشق, سمارت',
    });
  });

  it('reads a hyphenated place inline before the first paragraph', () => {
    expect(readDateline(['Deir Ez-Zor (SMART) - Fighters advanced.'])).toEqual({
      dateline: { place: 'Deir Ez-Zor', agency: 'SMART', text: 'Deir Ez-Zor (SMART)' },
      body: ['Fighters advanced.'],
    });
  });

  it('does not take a short sentence for a dateline', () => {
    expect(readDateline(['On Tuesday, fighters attacked']).dateline).toBeUndefined();
    expect(readDateline(['Earlier, he said so.']).dateline).toBeUndefined();
  });

  it('has nothing to read in an empty body', () => {
    expect(readDateline([])).toEqual({ body: [] });
  });
});
