import { numberValues } from './number-values';

const values = (text: string) => [...numberValues(text)].sort((a, b) => a - b);

describe('numberValues', () => {
  it('reads Arabic-Indic and western digits alike: ٤٠٠ = 400', () => {
    expect(values('أسر ٤٠٠ عنصر على بعد 38 كيلومترا')).toEqual([38, 400]);
    expect(values('١٬٢٥٠ شخصا و٢٫٥ طن')).toEqual([2.5, 1250]);
    expect(values('1,250 people')).toEqual([1250]);
  });

  it('reads Arabic number words, with their proclitics and compounds', () => {
    expect(values('أكثر من ثلاثة أيام')).toEqual([3]);
    expect(values('وثلاثة أيام')).toEqual([3]);
    expect(values('خمسة وعشرون قتيلا')).toEqual([25]);
    expect(values('ثلاثة عشر جريحا')).toEqual([13]);
    expect(values('ثلاثمئة عائلة')).toEqual([300]);
    expect(values('أربعة آلاف نازح')).toEqual([4000]);
  });

  it('reads English number words: three, twenty-five, three hundred and five', () => {
    expect(values('over three days')).toEqual([3]);
    expect(values('twenty-five dead')).toEqual([25]);
    expect(values('three hundred and five families')).toEqual([305]);
    expect(values('four thousand displaced')).toEqual([4000]);
  });

  it('leaves words that only look like numbers alone: Sunday, hundreds, dozens', () => {
    expect(values('يوم الأحد أسرت المئات وعشرات العناصر')).toEqual([]);
    expect(values('captured hundreds and dozens')).toEqual([]);
  });

  it('finds no number in words every object has: a translation may say "constructor"', () => {
    expect(values('the constructor of the bridge said toString and valueOf')).toEqual([]);
  });
});
