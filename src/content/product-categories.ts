/**
 * iJw productcategorieën for youth care (codelist JZ020). The 2015 transition
 * codes 31–38 are no longer used for new contracts and are left out on purpose.
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
