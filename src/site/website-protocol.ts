import type { SiteProgress, SiteResult } from "./render-site.ts";

/**
 * How the website's own process (website-child.ts) talks to the build that
 * started it (src/build/website-process.ts): one JSON message a line on
 * stdout, after this prefix; anything else Astro prints passes through.
 */
export const PROGRESS_PREFIX = "@@jh-website ";
export type ChildMessage = { progress: SiteProgress } | { done: SiteResult };
