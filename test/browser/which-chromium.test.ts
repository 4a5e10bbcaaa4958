// Which browser prints the PDFs and drives the page checks: CHROME_PATH when set, else
// Debian's headless shell, else Debian's Chromium (src/browser/launch.ts).
import { describe, expect, it } from "vitest";
import { chromiumPath, isHeadlessShell } from "../../src/browser/launch.ts";

const on = (...paths: string[]) => (path: string) => paths.includes(path);

describe("the Chromium a build uses", () => {
  it("is the one CHROME_PATH names, installed or not said plainly", () => {
    expect(chromiumPath({ CHROME_PATH: "/opt/chrome/chrome" }, on("/opt/chrome/chrome", "/usr/bin/chromium-headless-shell"))).toBe("/opt/chrome/chrome");
    expect(() => chromiumPath({ CHROME_PATH: "/opt/weg/chrome" }, on("/usr/bin/chromium"))).toThrow(
      "Chromium niet gevonden op /opt/weg/chrome (CHROME_PATH). Zet CHROME_PATH op een Chromium of Chrome, of laat het leeg.",
    );
  });

  it("is Debian's headless shell when installed, else Debian's Chromium", () => {
    expect(chromiumPath({}, on("/usr/bin/chromium", "/usr/bin/chromium-headless-shell"))).toBe("/usr/bin/chromium-headless-shell");
    expect(chromiumPath({ CHROME_PATH: "" }, on("/usr/bin/chromium"))).toBe("/usr/bin/chromium");
  });

  it("says how to install one when there is none", () => {
    expect(() => chromiumPath({}, on())).toThrow(
      "Chromium niet gevonden op /usr/bin/chromium-headless-shell of /usr/bin/chromium. Installeer het met 'sudo apt-get install chromium-headless-shell' of zet CHROME_PATH.",
    );
  });

  it("starts a headless shell in its own headless mode, and a full Chromium in the new one", () => {
    expect(isHeadlessShell("/usr/bin/chromium-headless-shell")).toBe(true);
    expect(isHeadlessShell("/home/a/chrome-headless-shell/linux64/chrome-headless-shell")).toBe(true);
    expect(isHeadlessShell("/usr/bin/chromium")).toBe(false);
    expect(isHeadlessShell("/opt/google/chrome/chrome")).toBe(false);
  });
});
