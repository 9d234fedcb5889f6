/**
 * Traditional → Simplified for queries. The converter (opencc-js, ~100 KB) loads only when the query
 * holds a character from `traditionalChars`, a list the search page gets at build time from the
 * same converter, so a Simplified query never pays for it.
 */
export function needsConversion(query: string, traditionalChars: string): boolean {
  for (const char of query) if (traditionalChars.includes(char)) return true;
  return false;
}

/** Every character in the CJK block that the converter changes: built once, at build time. */
export function traditionalCharacters(convert: (text: string) => string): string {
  let chars = '';
  for (let code = 0x4e00; code <= 0x9fff; code += 1) {
    const char = String.fromCodePoint(code);
    if (convert(char) !== char) chars += char;
  }
  return chars;
}
