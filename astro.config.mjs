// The productenboek website. The build passes the resolved model's path in
// JEUGDHULP_MODEL and the output folder in JEUGDHULP_SITE_OUT (src/site/render-site.ts).
import { defineConfig } from "astro/config";

export default defineConfig({
  srcDir: "./src/site",
  publicDir: "./src/site/public",
  outDir: process.env.JEUGDHULP_SITE_OUT ?? "./dist/site",
  trailingSlash: "always",
  build: { format: "directory", inlineStylesheets: "always" },
  compressHTML: true,
  devToolbar: { enabled: false },
  telemetry: false,
  vite: { logLevel: "warn", server: { watch: { ignored: ["**/dist/**", "**/content/**", "**/test/**"] } } },
});
