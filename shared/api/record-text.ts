// Text that goes into a clinical record or an export: no control characters (they break exports),
// and no invisible direction or zero-width marks, which could make a name or note read differently
// on screen from what is stored ("evil" shown as "live").
export const RECORD_TEXT_PATTERN = /^[^\p{Cc}\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]*$/u;
