// The productenboek website. Compiled once per version of the sources into a
// server bundle (src/site/compiled-site.ts), whose pages read the resolved
// model from the file JEUGDHULP_MODEL names when a build or the live preview renders them.
import { defineConfig } from "astro/config";

export default defineConfig({
  srcDir: "./src/site",
  publicDir: "./src/site/public",
  trailingSlash: "always",
  build: { format: "directory", inlineStylesheets: "always" },
  compressHTML: true,
  devToolbar: { enabled: false },
  telemetry: false,
  vite: { logLevel: "warn", server: { watch: { ignored: ["**/dist/**", "**/content/**", "**/test/**"] } } },
});
