import { countOf } from "../../format/numbers.ts";
import { formatDate } from "../../format/dates.ts";
import { dutchList, facts } from "../html.ts";
import type { Lookup } from "../lookup.ts";
import type { Section } from "../section.ts";

/** The last day of a period of `months` starting on `start` (YYYY-MM-DD), as YYYY-MM-DD. */
function lastDay(start: string, months: number): string {
  const [y, m, d] = start.slice(0, 10).split("-").map(Number);
  const end = new Date(Date.UTC(y, m - 1 + months, d) - 86_400_000);
  return end.toISOString().slice(0, 10);
}

const months = (n: number) => `${n} ${n === 1 ? "maand" : "maanden"}`;

export function agreementSection(L: Lookup): Section["body"] {
  const o = L.model.tender.overeenkomst;
  const start = L.model.tender.planning.find((x) => x.id === "ingangsdatum")?.datum;
  const ext = o.verlengingen ?? [];
  const total = o.looptijd_maanden + ext.reduce((a, b) => a + b, 0);
  return (r) =>
    facts([
      ["Ingangsdatum", start && formatDate(start)],
      ["Looptijd", months(o.looptijd_maanden) + (start ? `, tot en met ${formatDate(lastDay(start, o.looptijd_maanden))}` : "")],
      ["Verlengingen", ext.length ? `${countOf(ext.length, "verlenging", "verlengingen")}: ${dutchList(ext.map(months))}, na elkaar, steeds naar ons oordeel` : "geen"],
      ["Maximale looptijd", ext.length ? months(total) + (start ? `, uiterlijk tot en met ${formatDate(lastDay(start, total))}` : "") : undefined],
    ]) + r.md(o.toelichting);
}
