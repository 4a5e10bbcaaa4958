import { error, warning, type Diagnostic } from "../../diagnostics/diagnostic.ts";
import { locate, type DataPath } from "../../load/locate.ts";
import type { YamlSource } from "../../load/source.ts";
import { daysBetween, formatDate, formatDateTime } from "../../format/dates.ts";
import { addDays, nonWorkingReason, periodEnd, STANDSTILL_DAYS, weekday } from "../../format/calendar.ts";
import type { MilestoneInput } from "../../content/types.generated.ts";
import type { Rule } from "../rule.ts";

/** Calendar days a bidder should have between the (last) Nota van Inlichtingen and the deadline. */
export const NOTA_DAYS_BEFORE_DEADLINE = 6;

/**
 * Rule 5: planning dates strictly increase; the standstill (20 calendar days
 * from the day after voorlopige gunning, extended by the Algemene termijnenwet
 * when its last day is not a working day) has passed before definitieve gunning;
 * and bidders get at least 6 days between the Nota van Inlichtingen and the deadline.
 */
export const planning: Rule = {
  name: "planning",
  check(index) {
    if (!index.tender) return [];
    const { source, data } = index.tender;
    const out = checkChronology(source, data.planning, ["planning"]);
    out.push(...standstill(source, data.planning));
    out.push(...notaBeforeDeadline(source, data.planning));
    return out;
  },
};

/**
 * Every milestone has an existing date, and each lies after the one before it.
 * Shared by the planning of the tender and those of the subtenders.
 */
export function checkChronology(source: YamlSource, milestones: MilestoneInput[], path: DataPath): Diagnostic[] {
  const out: Diagnostic[] = [];
  const times = milestones.map((m) => toTime(m.datum));
  times.forEach((t, i) => {
    if (Number.isNaN(t)) out.push(error(locate(source, [...path, i, "datum"]), "ongeldige-datum", `\`${milestones[i].datum}\` is geen bestaande datum (die maand heeft zoveel dagen niet)`));
  });
  for (let i = 1; i < milestones.length; i++) {
    if (Number.isNaN(times[i]) || Number.isNaN(times[i - 1])) continue;
    const prev = milestones[i - 1];
    if (!(times[i] > times[i - 1])) {
      out.push(error(locate(source, [...path, i, "datum"]), "planning-volgorde", `mijlpaal \`${milestones[i].id}\` (${formatDateTime(milestones[i].datum)}) ligt niet na \`${prev.id}\` (${formatDateTime(prev.datum)}); de planning moet in chronologische volgorde staan`));
    }
  }
  return out;
}

/**
 * The standstill runs 20 calendar days from the day after voorlopige gunning,
 * so it ends on that date + 20; on a Saturday, Sunday or public holiday it runs
 * to the next working day (Algemene termijnenwet). One situation, one message:
 * a definitieve gunning inside the period is reported at its date (with the
 * extension, if any); otherwise an end on a non-working day is reported at the
 * voorlopige gunning.
 */
function standstill(source: YamlSource, milestones: MilestoneInput[]): Diagnostic[] {
  const prelim = milestones.findIndex((m) => m.id === "voorlopige-gunning");
  if (prelim < 0 || Number.isNaN(toTime(milestones[prelim].datum))) return [];
  const { nominal: end, end: runsTo } = periodEnd(milestones[prelim].datum, STANDSTILL_DAYS);
  const extension = runsTo !== end ? `; volgens de Algemene termijnenwet loopt hij door tot ${withWeekday(runsTo)}` : "";
  // A weekend day is named by its weekday already; a holiday gets its name.
  const holiday = runsTo !== end && nonWorkingReason(end) !== weekday(end) ? ` (${nonWorkingReason(end)})` : "";
  const ends = `${withWeekday(end)}${holiday}`;

  const final = milestones.findIndex((m) => m.id === "definitieve-gunning");
  if (final >= 0 && !Number.isNaN(toTime(milestones[final].datum))) {
    const finalDate = milestones[final].datum.slice(0, 10);
    const days = daysBetween(milestones[prelim].datum, finalDate);
    // Before the voorlopige gunning the order is wrong, which the chronology check reports.
    if (days >= 0 && finalDate <= runsTo) {
      const what = days < STANDSTILL_DAYS
        ? `definitieve gunning volgt ${days} ${days === 1 ? "dag" : "dagen"} na de voorlopige gunning; de gebruikelijke standstill-termijn is minstens ${STANDSTILL_DAYS} kalenderdagen, gerekend vanaf de dag na de voorlopige gunning`
        : `definitieve gunning op ${formatDate(finalDate)} valt nog binnen de standstill-termijn van ${STANDSTILL_DAYS} kalenderdagen, gerekend vanaf de dag na de voorlopige gunning`;
      return [warning(locate(source, ["planning", final, "datum"]), "standstill-kort", `${what}; de termijn eindigt op ${ends}${extension}; plan de definitieve gunning op of na ${withWeekday(addDays(runsTo, 1))}`)];
    }
  }
  if (!extension) return [];
  return [warning(locate(source, ["planning", prelim, "datum"]), "standstill-eindigt-niet-op-werkdag", `de standstill-termijn eindigt op ${ends}${extension}; noem ${formatDate(runsTo)} als einde van de termijn in de gunningsbeslissing, of kies een datum voor de voorlopige gunning waarbij de twintigste dag een werkdag is`)];
}

/** Bidders need time to use the answers: at least 6 calendar days between a Nota van Inlichtingen and the deadline. */
function notaBeforeDeadline(source: YamlSource, milestones: MilestoneInput[]): Diagnostic[] {
  const deadline = milestones.find((m) => m.id === "inschrijving");
  if (!deadline || Number.isNaN(toTime(deadline.datum))) return [];
  const out: Diagnostic[] = [];
  milestones.forEach((m, i) => {
    if (!/^nota-van-inlichtingen(-|$)/.test(m.id) || Number.isNaN(toTime(m.datum))) return;
    const days = daysBetween(m.datum, deadline.datum);
    if (days >= NOTA_DAYS_BEFORE_DEADLINE) return;
    const when = days < 0
      ? "verschijnt pas na de uiterste inschrijfdatum"
      : days === 0 ? "verschijnt op de dag van de uiterste inschrijfdatum" : `verschijnt ${days} ${days === 1 ? "dag" : "dagen"} voor de uiterste inschrijfdatum`;
    out.push(warning(locate(source, ["planning", i, "datum"]), "nota-kort-voor-inschrijving", `de Nota van Inlichtingen (\`${m.id}\`, ${formatDate(m.datum)}) ${when} (${formatDateTime(deadline.datum)}); laat ten minste ${NOTA_DAYS_BEFORE_DEADLINE} kalenderdagen tussen de Nota van Inlichtingen en de uiterste inschrijfdatum, zodat inschrijvers de antwoorden kunnen verwerken`));
  });
  return out;
}

/** `2025-06-21` → `zaterdag 21 juni 2025`. */
const withWeekday = (date: string) => `${weekday(date)} ${formatDate(date)}`;

/** Milliseconds since the epoch, read as a calendar date/time (no time zone: only the order matters). */
export function toTime(value: string): number {
  const [date, time = "00:00"] = value.split("T");
  const [y, m, d] = date.split("-").map(Number);
  const [hh, mm] = time.split(":").map(Number);
  const t = Date.UTC(y, m - 1, d, hh, mm);
  // Reject dates such as 2024-02-30 that Date.UTC would roll over.
  return new Date(t).getUTCDate() === d ? t : NaN;
}
