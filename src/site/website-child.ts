// The website's pages and search index in a process of its own, started by
// `npm run build` (src/build/website-process.ts). Usage:
//   website-child.ts WORK OUT
// WORK holds site-data.json (written by the parent; removed here when done),
// OUT receives the site. Progress goes to stdout as lines starting with
// PROGRESS_PREFIX; anything else Astro prints passes through.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { SiteData } from "./lib/model.ts";
import { indexSite, pagesFromSiteData, SITE_DATA } from "./render-site.ts";
import { PROGRESS_PREFIX, type ChildMessage } from "./website-protocol.ts";

const send = (message: ChildMessage) => process.stdout.write(`${PROGRESS_PREFIX}${JSON.stringify(message)}\n`);

async function main(work: string, out: string): Promise<void> {
  // The model for the search keywords, read before the working folder goes.
  const { model } = JSON.parse(readFileSync(join(work, SITE_DATA), "utf8")) as SiteData;
  send({ progress: { step: "pages" } });
  await pagesFromSiteData(work, out);
  const result = await indexSite(model, out, (progress) => send({ progress }));
  send({ done: result });
}

// This file is only ever run as a program (nothing imports it), so it starts at once.
const [work, out] = process.argv.slice(2);
main(work, out).then(
  () => process.exit(0),
  (e: Error) => {
    process.stderr.write(`${e.stack ?? e.message}\n`);
    process.exit(1);
  },
);
