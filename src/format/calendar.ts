/**
 * Legal periods in calendar days, as the Algemene termijnenwet counts them: a
 * period that would end on a Saturday, Sunday or a recognised public holiday
 * runs to the next working day. Dates are YYYY-MM-DD strings, computed in UTC
 * so no time zone can shift a day.
 */

const DAY = 86_400_000;
const toTime = (date: string) => Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
const toDate = (time: number) => new Date(time).toISOString().slice(0, 10);

export const addDays = (date: string, days: number) => toDate(toTime(date) + days * DAY);

/** Easter Sunday (Gregorian, anonymous algorithm). */
function easter(year: number): string {
  const a = year % 19, b = Math.floor(year / 100), c = year % 100, d = Math.floor(b / 4), e = b % 4;
  const f = Math.floor((b + 8) / 25), g = Math.floor((b - f + 1) / 3), h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4), k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7, m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31), day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** The public holidays of the Algemene termijnenwet (art. 3) in a year, with their names. */
export function publicHolidays(year: number): Map<string, string> {
  const e = easter(year);
  const kingsDay = new Date(Date.UTC(year, 3, 27)).getUTCDay() === 0 ? `${year}-04-26` : `${year}-04-27`;
  return new Map([
    [`${year}-01-01`, "Nieuwjaarsdag"],
    [addDays(e, 0), "Eerste Paasdag"],
    [addDays(e, 1), "Tweede Paasdag"],
    [kingsDay, "Koningsdag"],
    [`${year}-05-05`, "Bevrijdingsdag"],
    [addDays(e, 39), "Hemelvaartsdag"],
    [addDays(e, 49), "Eerste Pinksterdag"],
    [addDays(e, 50), "Tweede Pinksterdag"],
    [`${year}-12-25`, "Eerste Kerstdag"],
    [`${year}-12-26`, "Tweede Kerstdag"],
  ]);
}

const WEEKDAYS = ["zondag", "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag"];
export const weekday = (date: string) => WEEKDAYS[new Date(toTime(date)).getUTCDay()];

/** Why a day is no working day ("zaterdag", "Tweede Pinksterdag"), or undefined on a working day. */
export function nonWorkingReason(date: string): string | undefined {
  const holiday = publicHolidays(Number(date.slice(0, 4))).get(date);
  if (holiday) return holiday;
  const day = new Date(toTime(date)).getUTCDay();
  return day === 0 || day === 6 ? weekday(date) : undefined;
}

/** The day itself when it is a working day, else the next one. */
export function nextWorkingDay(date: string): string {
  let d = date;
  while (nonWorkingReason(d)) d = addDays(d, 1);
  return d;
}

/**
 * The last day of a period of `days` calendar days that starts the day after
 * `from` (a gunningsbeslissing sent on `from`): `from + days`, moved to the
 * next working day when that is a weekend day or public holiday.
 */
export function periodEnd(from: string, days: number): { nominal: string; end: string } {
  const nominal = addDays(from.slice(0, 10), days);
  return { nominal, end: nextWorkingDay(nominal) };
}

/** The standstill and the vervaltermijn: 20 calendar days from the day after the gunningsbeslissing. */
export const STANDSTILL_DAYS = 20;
