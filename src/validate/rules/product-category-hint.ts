import { PRODUCT_CATEGORIES } from "../../content/product-categories.ts";

/** Words an author writes for the words of the iJw names. */
const SYNONYMS: Record<string, string> = { met: "inclusief", incl: "inclusief", zonder: "exclusief", excl: "exclusief", ggz: "jeugd-ggz" };

/**
 * "; bedoelde u `45` (jeugdhulp ambulant)?" for a productcategorie that is not
 * an iJw code but points at one: a regional productcode (`45A48` → 45) or the
 * category's name (`verblijf met behandeling` → 43). An unknown number gets no
 * guess: a code one digit off means something else entirely.
 */
export function categorySuggestion(input: string): string {
  const code = guess(input.trim());
  return code ? `; bedoelde u \`${code}\` (${PRODUCT_CATEGORIES[code]})?` : "";
}

/** A productcategorie that is not in the list: the list with names, and a guess when the input points at one. */
export function unknownCategoryMessage(input: string): string {
  const list = Object.entries(PRODUCT_CATEGORIES).map(([code, name]) => `${code} (${name})`).join(", ");
  return `productcategorie \`${input}\` staat niet in de iJw-codelijst JZ020; geldig zijn ${list}${categorySuggestion(input)}`;
}

function guess(input: string): string | undefined {
  const prefix = /^(\d\d)[A-Za-z0-9]{3}$/.exec(input)?.[1];
  if (prefix && PRODUCT_CATEGORIES[prefix]) return prefix;
  const words = input.toLowerCase().split(/[^a-z0-9-]+/).filter((w) => w.length > 2 || SYNONYMS[w]).map((w) => SYNONYMS[w] ?? w);
  if (words.length === 0 || /^\d+$/.test(input)) return undefined;
  let best: string | undefined;
  let bestScore = 0;
  for (const [code, name] of Object.entries(PRODUCT_CATEGORIES)) {
    const nameWords = name.split(" ");
    const score = words.filter((w) => nameWords.includes(w)).length;
    // Every word of the name matched counts; a tie between two names is no guess.
    if (score > bestScore) [best, bestScore] = [code, score];
    else if (score === bestScore) best = undefined;
  }
  return bestScore > 0 ? best : undefined;
}
