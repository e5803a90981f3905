// Typed-in numbers: a clean number becomes a number; anything else is passed on as typed, so the
// core's validation answers with its own clear message and nothing is saved.

/** undefined for an empty field, a number for a clean whole or decimal number, else the raw text. */
export function numberOrRaw(raw: string): number | string | undefined {
  const text = raw.trim();
  if (text === '') return undefined;
  if (/^-?\d+(\.\d+)?$/.test(text)) return Number(text);
  return text;
}

/** Text for an optional field: undefined when empty. */
export function optionalText(raw: string): string | undefined {
  const text = raw.trim();
  return text === '' ? undefined : text;
}
