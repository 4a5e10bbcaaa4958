// The entry of the compiled site (src/site/compiled-site.ts): Astro's server
// bundle starts here and hands its manifest to the renderer that imports it.
export function createExports(manifest) {
  return { manifest };
}
