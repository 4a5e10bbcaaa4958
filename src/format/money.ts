/** `1234.5` → `€ 1.234,50`, as Dutch documents write amounts. */
export function formatEuro(amount: number): string {
  const [whole, cents] = Math.abs(amount).toFixed(2).split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  return `${amount < 0 ? "-" : ""}€ ${grouped},${cents}`;
}
