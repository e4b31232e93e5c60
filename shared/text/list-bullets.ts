// The marks that open a line of a list in reports: dashes, bullets, a middle dot, an asterisk, squares and discs.
// Captured posts also draw a dash with a tatweel (ـ); the readers that take it add it themselves.

/** The bullet marks, as the inside of a regex character class. */
export const BULLET_MARKS = '-–—•·*▪●';
