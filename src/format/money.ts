/** `1234.5` → `€ 1.234,50`, as Dutch documents write amounts. */
export function formatEuro(amount: number): string {
  const [whole, cents] = Math.abs(amount).toFixed(2).split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  return `${amount < 0 ? "-" : ""}€ ${grouped},${cents}`;
}

/**
 * An amount as written in Dutch text (`€ 72,50`, `€ 2.500.000`, `€ 1.234,-`):
 * renderers keep each match on one line, so a reader never finds `€` at the
 * end of one line and the figure on the next. The space stays a plain space,
 * so copied and extracted text reads `€ 72,50` exactly.
 */
export const EURO_AMOUNT = /€ ?\d+(?:\.\d{3})*(?:,(?:\d{1,2}|-))?/g;
