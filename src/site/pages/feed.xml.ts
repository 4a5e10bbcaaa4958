import { atomFeed } from "../lib/feed.ts";
import { site } from "../lib/model.ts";

/** /feed.xml: new versions of the documents and every Nota van Inlichtingen, as Atom (lib/feed.ts). */
export function GET(): Response {
  const { model, downloads, changes } = site();
  return new Response(atomFeed(model, downloads, changes?.from), { headers: { "content-type": "application/atom+xml; charset=utf-8" } });
}
