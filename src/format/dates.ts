const MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"];

/** `2024-02-15` → `15 februari 2024`. Plain string work: no time zone can shift a date. */
export function formatDate(value: string): string {
  const [y, m, d] = value.slice(0, 10).split("-").map(Number);
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

/** `2024-03-01T12:00` → `1 maart 2024, 12:00 uur`; a plain date stays a date. */
export function formatDateTime(value: string): string {
  const time = value.split("T")[1];
  return time ? `${formatDate(value)}, ${time.slice(0, 5)} uur` : formatDate(value);
}

/** Whole calendar days from one date to another. */
export function daysBetween(from: string, to: string): number {
  const t = (v: string) => {
    const [y, m, d] = v.slice(0, 10).split("-").map(Number);
    return Date.UTC(y, m - 1, d);
  };
  return Math.round((t(to) - t(from)) / 86_400_000);
}

/**
 * Whether something (a question, a bid) that came in at `received` came after
 * `deadline`, both YYYY-MM-DD with an optional THH:MM. A date without a time
 * stands for the whole day: a question dated the day of a 12:00 deadline is not late.
 */
export function receivedAfter(received: string, deadline: string): boolean {
  const [rDate, rTime] = received.split("T");
  const [dDate, dTime] = deadline.split("T");
  if (rDate !== dDate) return rDate > dDate;
  return rTime !== undefined && dTime !== undefined && rTime > dTime;
}
