import { creditRoleOf, creditRoleOfTitle } from './credit-roles';

describe('creditRoleOf', () => {
  it.each([
    ['crol:author', 'writer'],
    ['crol:writer', 'writer'],
    ['crol:reporter', 'reporter'],
    ['crol:correspondent', 'reporter'],
    ['crol:editor', 'editor'],
    ['crol:translator', 'translator'],
    ['crol:translationEditor', 'translation-editor'],
    ['translation-editor', 'translation-editor'],
    ['http://cv.example.org/roles/Translator', 'translator'],
  ])('reads %s as %s', (code, role) => {
    expect(creditRoleOf(code)).toBe(role);
  });

  it('credits no one for roles that are not newsroom credits', () => {
    expect(creditRoleOf('crol:photographer')).toBeUndefined();
    expect(creditRoleOf('publisher')).toBeUndefined();
    expect(creditRoleOf(undefined)).toBeUndefined();
  });

  it('credits no one for a role named after what every object has', () => {
    for (const code of ['constructor', 'crol:__proto__', 'valueOf']) expect(creditRoleOf(code)).toBeUndefined();
  });
});

describe('creditRoleOfTitle', () => {
  it('reads a byline title by its last word, singular or plural', () => {
    expect(creditRoleOfTitle('AP Business Writer')).toBe('writer');
    expect(creditRoleOfTitle('Associated Press Writers')).toBe('writer');
    expect(creditRoleOfTitle('Chief Correspondent')).toBe('reporter');
    expect(creditRoleOfTitle('Staff Photographer')).toBeUndefined();
  });
});
