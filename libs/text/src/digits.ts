// Arabic-Indic digits (U+0660–U+0669) and the Extended/Persian set (U+06F0–U+06F9)
// sit at the same offset from their zero, so one subtraction serves both.
const EASTERN_DIGIT = /[\u0660-\u0669\u06F0-\u06F9]/g;

/** "١٣ فبراير ٢٠١٨" → "13 فبراير 2018"; every other character is left alone. */
export function toWesternDigits(s: string): string {
  return s.replace(EASTERN_DIGIT, (digit) => {
    const code = digit.charCodeAt(0);
    const zero = code >= 0x06f0 ? 0x06f0 : 0x0660;
    return String(code - zero);
  });
}
