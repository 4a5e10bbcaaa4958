#!/usr/bin/env node
// Makes `npm run build` and `npm test` work on a fresh clone: installs the npm
// dependencies when they are missing or stale, and Debian's chromium (and
// poppler-utils and Java for the PDF and HTML tests) via apt when absent and we are root.
// Plain JavaScript on purpose: it runs before any dependency exists.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, statSync } from "node:fs";

const args = new Set(process.argv.slice(2));
const say = (msg) => process.stderr.write(`[setup] ${msg}\n`);

function npmDependencies() {
  const lock = "package-lock.json";
  const marker = "node_modules/.package-lock.json";
  if (existsSync(marker) && statSync(marker).mtimeMs >= statSync(lock).mtimeMs) return;
  say("npm-afhankelijkheden installeren (npm ci)...");
  const r = spawnSync("npm", ["ci", "--no-audit", "--no-fund"], { stdio: ["ignore", "inherit", "inherit"] });
  if (r.status !== 0) {
    say("npm ci is mislukt; controleer de verbinding met het npm-register.");
    process.exit(2);
  }
}

const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
const which = (cmd) => spawnSync("sh", ["-c", `command -v ${cmd}`], { encoding: "utf8" }).stdout.trim();

/** Installs `pkgs` with apt, or says how and stops; with `optional`, a failure is only said. */
function aptInstall(pkgs, why, optional = false) {
  if (!isRoot || !which("apt-get")) {
    say(`${why} ontbreekt. Installeer het met: sudo apt-get install -y ${pkgs.join(" ")}`);
    process.exit(2);
  }
  say(`${why} installeren: apt-get install ${pkgs.join(" ")}...`);
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  let r = spawnSync("apt-get", ["install", "-y", "--no-install-recommends", ...pkgs], { stdio: "inherit", env });
  if (r.status !== 0) {
    spawnSync("apt-get", ["update"], { stdio: "inherit", env });
    r = spawnSync("apt-get", ["install", "-y", "--no-install-recommends", ...pkgs], { stdio: "inherit", env });
  }
  if (r.status !== 0) {
    say(`installeren van ${pkgs.join(" ")} is mislukt${optional ? "; verder met wat er is" : ""}.`);
    if (!optional) process.exit(2);
  }
}

// Debian's Chromium headless shell prints and drives the tests (src/browser/launch.ts): Chromium's own
// build for automation, starting in half the time. Where it cannot be installed, Debian's Chromium will do.
function chromium() {
  const custom = process.env.CHROME_PATH;
  if (custom) {
    if (existsSync(custom)) return;
    say(`CHROME_PATH wijst naar ${custom}, maar dat bestand bestaat niet. Zet CHROME_PATH op een Chromium of Chrome, of laat het leeg voor Debians Chromium.`);
    process.exit(2);
  }
  if (existsSync("/usr/bin/chromium-headless-shell")) return;
  const full = existsSync("/usr/bin/chromium");
  // Not root: the full Chromium will do, only slower.
  if (full && !(isRoot && which("apt-get"))) return;
  aptInstall(full ? ["chromium-headless-shell"] : ["chromium-headless-shell", "chromium", "fonts-dejavu-core"], "Chromium (voor de PDF's en de browsertests)", full);
}

function poppler() {
  if (which("pdftotext") && which("pdfinfo") && which("pdftoppm")) return;
  aptInstall(["poppler-utils"], "poppler-utils (pdftotext, pdfinfo, pdftoppm voor de PDF-tests)");
}

function java() {
  if (which("java")) return;
  aptInstall(["default-jre-headless"], "Java (voor de Nu Html Checker in de tests)");
}

npmDependencies();
if (!args.has("--no-browser")) chromium();
if (args.has("--pdf")) {
  poppler();
  java();
}
