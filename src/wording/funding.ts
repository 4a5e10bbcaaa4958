import type { Product } from "../model/types.ts";
import { PRODUCT_CATEGORIES } from "../content/product-categories.ts";
import { formatEuro } from "../format/money.ts";

const UNIT: Record<string, string> = { minuut: "minuut", uur: "uur", dagdeel: "dagdeel", etmaal: "etmaal", stuk: "traject", euro: "" };
const FREQUENCY: Record<string, string> = { dag: "per dag", week: "per week", maand: "per maand", jaar: "per jaar", totaal: "totaal" };
const DURATION_UNIT: Record<string, [string, string]> = { dagen: ["dag", "dagen"], weken: ["week", "weken"], maanden: ["maand", "maanden"], jaren: ["jaar", "jaar"] };
const LEVEL: Record<string, string> = { "mbo-2": "mbo niveau 2", "mbo-3": "mbo niveau 3", "mbo-4": "mbo niveau 4", hbo: "hbo", "hbo-plus": "hbo+ (post-hbo)", wo: "wo" };
const REGISTER: Record<string, string> = { skj: "SKJ", big: "BIG", nvrg: "NVRG", nip: "NIP", nvo: "NVO", kabiz: "Kabiz" };
export const FUNDING_FORM: Record<string, string> = { inspanningsgericht: "inspanningsgericht", outputgericht: "outputgericht", taakgericht: "taakgericht" };

/** `€ 72,50 per uur`, `€ 1.218,60 per traject`, `€ 685.000,00 per jaar`. */
export function formatTariff(b: Product["bekostiging"]): string {
  const amount = formatEuro(b.tarief);
  if (b.eenheid === "euro") return `${amount}${b.frequentie ? ` ${FREQUENCY[b.frequentie]}` : ""}`;
  return `${amount} per ${UNIT[b.eenheid]}${b.frequentie ? ` ${FREQUENCY[b.frequentie]}` : ""}`;
}

/** The unit as a reader names it in a table column. */
export const formatUnit = (b: Product["bekostiging"]) => (b.eenheid === "euro" ? `budget ${FREQUENCY[b.frequentie ?? "totaal"]}` : UNIT[b.eenheid]);

/** `28 dagen`, `1 jaar`. */
export function formatDuration(d: NonNullable<Product["maximale_duur"]>): string {
  const [one, many] = DURATION_UNIT[d.eenheid];
  return `${d.waarde} ${d.waarde === 1 ? one : many}`;
}

/** The maximum duration as a product's facts state it, on the website and in the productenboek alike. */
export const formatMaximumDuration = (d: NonNullable<Product["maximale_duur"]>) => `${formatDuration(d)} (een maximum, geen norm)`;

export const formatLevel = (level: string) => LEVEL[level] ?? level;
/**
 * `SKJ of BIG`: a professional needs one of the listed registrations, as the
 * field norm (normenkader) reads, never all of them at once.
 */
export function formatRegisters(registers: string[] | undefined): string {
  if (!registers || registers.length === 0) return "geen registratie vereist";
  const names = registers.map((r) => REGISTER[r] ?? r);
  return names.length === 1 ? names[0] : `${names.slice(0, -1).join(", ")} of ${names[names.length - 1]}`;
}

/** `1 contractant`, `7 contractanten`, or the admission wording. */
export function formatContractors(count: number | undefined, procedure: "aanbesteding" | "toelating"): string {
  if (procedure === "toelating") return "geen maximum (toelating)";
  if (count === undefined) return "per subperceel";
  return `${count} ${count === 1 ? "contractant" : "contractanten"}`;
}

/** `45 (jeugdhulp ambulant)`: the iJw code with what it stands for, as a reader needs it. */
export function formatCategory(code: string): string {
  const name = PRODUCT_CATEGORIES[code];
  return name ? `${code} (${name})` : code;
}
