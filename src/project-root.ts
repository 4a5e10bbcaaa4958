import { fileURLToPath } from "node:url";

/**
 * The project's own folder: where `schemas/`, `templates/`, `vendor/`, the
 * Astro configuration and `node_modules/` are. Every path to a file that ships
 * with the project starts here, so that this is the one module whose place in
 * the tree matters; the test suite runs the CLI as one bundled file in a folder
 * one level below the project (test/shared/cli-bundle.ts), as this file is.
 * Code that the site's pages import is bundled by Astro elsewhere, where this
 * path is wrong: such code reads no project file at run time (the build
 * passes what a page needs in the site data).
 */
export const PROJECT_ROOT = fileURLToPath(new URL("..", import.meta.url));
