import { detectLanguage } from './language';

describe('detectLanguage', () => {
  it('reads Arabic-script prose as Arabic', () => {
    const guess = detectLanguage('قتلى مدنيون ولـ"قسد" بانفجار ألغام شرق ديرالزور');
    expect(guess).toEqual({ language: 'ar', confidence: 1 });
  });

  it('still reads Arabic when the text quotes a few Latin names', () => {
    const guess = detectLanguage('قالت وكالة SMART إن فصائل الجيش السوري الحر سيطرت على القرية بعد معارك عنيفة');
    expect(guess.language).toBe('ar');
    expect(guess.confidence).toBeGreaterThan(0.8);
  });

  it('reads Latin-script prose with English function words as English', () => {
    const guess = detectLanguage(
      'The Operations Room said in a statement seen by SMART that the factions and battalions managed to kill and injure dozens of ISIS members.',
    );
    expect(guess).toEqual({ language: 'en', confidence: 1 });
  });

  it('does not call French English just because it is written in Latin letters', () => {
    const guess = detectLanguage(
      "Les factions de l'Armée syrienne libre ont pris le contrôle du village mardi dans le sud d'Idleb.",
    );
    expect(guess).toEqual({ language: 'und', confidence: 0 });
  });

  it('does not call Persian Arabic', () => {
    const guess = detectLanguage('گروه‌های مسلح پس از چند روز درگیری کنترل روستا را به دست گرفتند و پیشروی کردند');
    expect(guess).toEqual({ language: 'und', confidence: 0 });
  });

  it('gives up on an even mix of Arabic and Latin letters', () => {
    expect(detectLanguage('Idlib إدلب Hama حماة').language).toBe('und');
  });

  it('gives up when there are no letters at all', () => {
    expect(detectLanguage('2018 — 11:56:59 ...')).toEqual({ language: 'und', confidence: 0 });
    expect(detectLanguage('')).toEqual({ language: 'und', confidence: 0 });
  });
});
