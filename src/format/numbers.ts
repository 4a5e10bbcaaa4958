const WORDS = ["nul", "één", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien", "elf", "twaalf", "dertien", "veertien", "vijftien", "zestien", "zeventien", "achttien", "negentien", "twintig"];

/**
 * A count in running Dutch text: words up to twenty ("zeven aanbieders"),
 * digits above (as Dutch style guides and tender documents write them).
 * Tables keep digits.
 */
export const numberWord = (n: number): string => (Number.isInteger(n) && n >= 0 && n <= 20 ? WORDS[n] : String(n));

/** `één aanbieder`, `zeven aanbieders`, `25 aanbieders`. */
export const countOf = (n: number, one: string, many: string): string => `${numberWord(n)} ${n === 1 ? one : many}`;

const ORDINALS = ["nulde", "eerste", "tweede", "derde", "vierde", "vijfde", "zesde", "zevende", "achtste", "negende", "tiende", "elfde", "twaalfde", "dertiende", "veertiende", "vijftiende", "zestiende", "zeventiende", "achttiende", "negentiende", "twintigste"];

/** A position in running Dutch text: words up to twenty ("de twintigste dag"), digits above ("de 30e dag"). */
export const ordinalWord = (n: number): string => (Number.isInteger(n) && n >= 0 && n <= 20 ? ORDINALS[n] : `${n}e`);
