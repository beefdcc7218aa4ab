/**
 * A debt dated by a year long past ("that's from 2012", "back in 2009") is an old debt (issue 11
 * §1, round 5, English): the agent answers it as the statute-of-limitations objection, whose
 * triggers say "years ago" but never a year. The year is kept and "years ago" read after it, only
 * after "from" or "back in" (a year after "since" or "in" as often dates a payment or a job).
 */

/** Years at least this far back date an old debt (the shortest US limitation period is three). */
const OLD_AFTER_YEARS = 3;
const DATED = /\b(from|back in)\s+((?:19|20)\d\d)\b/giu;

export function readOldYears(query: string, thisYear = new Date().getFullYear()): string {
  return query.replace(DATED, (said, _before: string, year: string) =>
    Number(year) <= thisYear - OLD_AFTER_YEARS ? `${said} years ago` : said,
  );
}
