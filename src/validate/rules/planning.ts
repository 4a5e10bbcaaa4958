import { error, warning, type Diagnostic } from "../../diagnostics/diagnostic.ts";
import { locate } from "../../load/locate.ts";
import { formatDateTime } from "../../format/dates.ts";
import type { Rule } from "../rule.ts";

/** The usual standstill period (Alcatel) between voorlopige and definitieve gunning. */
export const STANDSTILL_DAYS = 20;

/** Rule 5: planning dates strictly increase; a standstill shorter than 20 days is warned about. */
export const planning: Rule = {
  name: "planning",
  check(index) {
    if (!index.tender) return [];
    const { source, data } = index.tender;
    const out: Diagnostic[] = [];
    const times = data.planning.map((m) => toTime(m.datum));
    times.forEach((t, i) => {
      if (Number.isNaN(t)) out.push(error(locate(source, ["planning", i, "datum"]), "ongeldige-datum", `\`${data.planning[i].datum}\` is geen bestaande datum (die maand heeft zoveel dagen niet)`));
    });
    for (let i = 1; i < data.planning.length; i++) {
      if (Number.isNaN(times[i]) || Number.isNaN(times[i - 1])) continue;
      const prev = data.planning[i - 1];
      if (!(times[i] > times[i - 1])) {
        out.push(error(locate(source, ["planning", i, "datum"]), "planning-volgorde", `mijlpaal \`${data.planning[i].id}\` (${formatDateTime(data.planning[i].datum)}) ligt niet na \`${prev.id}\` (${formatDateTime(prev.datum)}); de planning moet in chronologische volgorde staan`));
      }
    }
    const prelim = data.planning.findIndex((m) => m.id === "voorlopige-gunning");
    const final = data.planning.findIndex((m) => m.id === "definitieve-gunning");
    if (prelim >= 0 && final >= 0) {
      const days = Math.round((toTime(data.planning[final].datum.slice(0, 10)) - toTime(data.planning[prelim].datum.slice(0, 10))) / 86_400_000);
      if (days >= 0 && days < STANDSTILL_DAYS) {
        out.push(warning(locate(source, ["planning", final, "datum"]), "standstill-kort", `definitieve gunning volgt ${days} ${days === 1 ? "dag" : "dagen"} na de voorlopige gunning; de gebruikelijke standstill-termijn is minstens ${STANDSTILL_DAYS} kalenderdagen`));
      }
    }
    return out;
  },
};

/** Milliseconds since the epoch, read as a calendar date/time (no time zone: only the order matters). */
function toTime(value: string): number {
  const [date, time = "00:00"] = value.split("T");
  const [y, m, d] = date.split("-").map(Number);
  const [hh, mm] = time.split(":").map(Number);
  const t = Date.UTC(y, m - 1, d, hh, mm);
  // Reject dates such as 2024-02-30 that Date.UTC would roll over.
  return new Date(t).getUTCDate() === d ? t : NaN;
}
