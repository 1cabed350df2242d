import { arabicMonthNumber } from './arabic-months';

describe('arabicMonthNumber', () => {
  it.each([
    ['يناير', 1],
    ['فبراير', 2],
    ['مارس', 3],
    ['أبريل', 4],
    ['ابريل', 4],
    ['مايو', 5],
    ['يونيو', 6],
    ['يونيه', 6],
    ['يوليو', 7],
    ['يوليه', 7],
    ['أغسطس', 8],
    ['اغسطس', 8],
    ['سبتمبر', 9],
    ['أكتوبر', 10],
    ['اكتوبر', 10],
    ['نوفمبر', 11],
    ['ديسمبر', 12],
  ])('reads the Egyptian/Gulf name %s as month %i', (name, month) => {
    expect(arabicMonthNumber(name)).toBe(month);
  });

  it.each([
    ['كانون الثاني', 1],
    ['شباط', 2],
    ['آذار', 3],
    ['اذار', 3],
    ['نيسان', 4],
    ['أيار', 5],
    ['حزيران', 6],
    ['تموز', 7],
    ['آب', 8],
    ['أيلول', 9],
    ['تشرين الأول', 10],
    ['تشرين الثاني', 11],
    ['كانون الأول', 12],
  ])('reads the Levantine name %s as month %i', (name, month) => {
    expect(arabicMonthNumber(name)).toBe(month);
  });

  it('reads a Levantine and Egyptian pair naming the same month', () => {
    expect(arabicMonthNumber('شباط/فبراير')).toBe(2);
  });

  it('refuses a pair naming two different months', () => {
    expect(arabicMonthNumber('شباط/مارس')).toBeUndefined();
  });

  it('knows no month by an unknown name', () => {
    expect(arabicMonthNumber('فبرايرر')).toBeUndefined();
    expect(arabicMonthNumber('تشرين')).toBeUndefined();
  });
});
