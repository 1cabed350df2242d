/**
 * Number words of the wires' two languages, one table for every reader (the
 * desk's number check, enrich's counts). Arabic is keyed as foldArabic folds
 * it (ة → ه, أ/إ/آ → ا, ى → ي), in masculine and feminine, nominative and
 * oblique forms.
 */
export const ARABIC_NUMBER_UNITS: Readonly<Record<string, number>> = wordTable({
  صفر: 0,
  واحد: 1,
  واحده: 1,
  اثنان: 2,
  اثنين: 2,
  اثنتان: 2,
  اثنتين: 2,
  اثنا: 2,
  اثني: 2,
  ثلاث: 3,
  ثلاثه: 3,
  اربع: 4,
  اربعه: 4,
  خمس: 5,
  خمسه: 5,
  ست: 6,
  سته: 6,
  سبع: 7,
  سبعه: 7,
  ثمان: 8,
  ثماني: 8,
  ثمانيه: 8,
  تسع: 9,
  تسعه: 9,
  عشر: 10,
  عشره: 10,
  عشرون: 20,
  عشرين: 20,
  ثلاثون: 30,
  ثلاثين: 30,
  اربعون: 40,
  اربعين: 40,
  خمسون: 50,
  خمسين: 50,
  ستون: 60,
  ستين: 60,
  سبعون: 70,
  سبعين: 70,
  ثمانون: 80,
  ثمانين: 80,
  تسعون: 90,
  تسعين: 90,
  مئه: 100,
  مائه: 100,
  مئتان: 200,
  مئتين: 200,
  مائتان: 200,
  مائتين: 200,
});

export const ARABIC_NUMBER_MULTIPLIERS: Readonly<Record<string, number>> = wordTable({
  الف: 1000,
  الاف: 1000,
  الفا: 1000,
  الفان: 2000,
  الفين: 2000,
  مليون: 1e6,
  ملايين: 1e6,
  مليار: 1e9,
});

export const ENGLISH_NUMBER_UNITS: Readonly<Record<string, number>> = wordTable({
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
});

export const ENGLISH_NUMBER_MULTIPLIERS: Readonly<Record<string, number>> = wordTable({
  hundred: 100,
  thousand: 1000,
  million: 1e6,
  billion: 1e9,
});

/**
 * A lookup table of words with no prototype: callers index it with tokens
 * from the text, and "constructor" or "toString" must find nothing.
 */
function wordTable(entries: Record<string, number>): Readonly<Record<string, number>> {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, number>, entries));
}
