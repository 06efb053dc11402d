/** The text with its first letter in upper case, for the start of a sentence: "the European allies" → "The European allies". */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
