/** "Idlib, SMART": where the story was filed from and the agency that filed it. */
export interface Dateline {
  /** The place as printed, e.g. "Idlib" or "ريف دمشق". */
  place: string;
  /** The filing agency as printed, e.g. "SMART" or "سمارت". */
  agency?: string;
  /** The dateline exactly as it stood in the source. */
  text: string;
}
