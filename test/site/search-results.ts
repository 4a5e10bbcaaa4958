import type { Page } from "puppeteer-core";

/**
 * Every result Pagefind found for `query`, once it has shown them all: it
 * announces the count ("12 resultaten voor pleegzorg"), lists a placeholder per
 * result that it fills in when its data has arrived, and shows more on request
 * ("Meer resultaten"). Done means: the count is announced for this query, no
 * button for more is left, as many results are listed as announced, and none
 * is still loading. Throws with what the page showed when that does not happen
 * in time: never a partial list.
 */
export async function allResults(page: Page, query: string): Promise<string[]> {
  const failure = await page
    .waitForFunction(
      (q) => {
        const message = document.querySelector(".pagefind-ui__message")?.textContent?.trim() ?? "";
        const count = /^(\d+|Geen) (?:resultaten|resultaat) voor (.*)$/.exec(message);
        const announced = count && count[2] === q ? (count[1] === "Geen" ? 0 : Number(count[1])) : undefined;
        const more = document.querySelector<HTMLButtonElement>(".pagefind-ui__button");
        if (more) {
          more.click();
          return false;
        }
        const results = [...document.querySelectorAll(".pagefind-ui__results > .pagefind-ui__result")];
        const loaded = !document.querySelector(".pagefind-ui__results .pagefind-ui__loading") && results.every((r) => r.querySelector(".pagefind-ui__result-link"));
        return announced !== undefined && results.length === announced && loaded;
      },
      { timeout: 60_000, polling: 100 },
      query,
    )
    .then(
      () => undefined,
      (e: Error) => e,
    );
  if (failure) {
    const state = await page.evaluate(() => ({
      message: document.querySelector(".pagefind-ui__message")?.textContent?.trim() ?? "(geen melding)",
      results: document.querySelectorAll(".pagefind-ui__results > .pagefind-ui__result").length,
      loading: document.querySelectorAll(".pagefind-ui__results .pagefind-ui__loading").length,
      more: !!document.querySelector(".pagefind-ui__button"),
    }));
    throw new Error(
      `de zoekresultaten voor «${query}» op ${page.url()} waren na 60 s niet compleet: melding «${state.message}», ${state.results} resultaten getoond, ${state.loading} nog aan het laden${state.more ? ", knop «Meer resultaten» nog zichtbaar" : ""} (${failure.message})`,
    );
  }
  return page.$$eval(".pagefind-ui__result-link", (as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname + new URL((a as HTMLAnchorElement).href).hash));
}
