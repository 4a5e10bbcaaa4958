/**
 * iJw productcategorieën for youth care (codelist JZ020). The 2015 transition
 * codes 31–38 are no longer used for new contracts and are left out on purpose.
 * The segment schema lists the same codes with these names (`enum` with
 * `enumDescriptions`), so an editor completes them; a test keeps the two equal.
 * The list stays here too because the site's bundle cannot read schema files.
 */
export const PRODUCT_CATEGORIES: Record<string, string> = {
  "40": "persoonlijke verzorging",
  "41": "dagbehandeling",
  "42": "vervoerdiensten",
  "43": "jeugdhulp verblijf inclusief behandeling",
  "44": "jeugdhulp verblijf exclusief behandeling",
  "45": "jeugdhulp ambulant",
  "46": "jeugdhulp crisis",
  "47": "jeugdreclassering",
  "48": "jeugdbescherming",
  "49": "activiteiten in het preventief justitieel kader",
  "50": "maatwerkarrangementen jeugd",
  "54": "jeugd-ggz",
};
