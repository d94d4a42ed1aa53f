// Open exported HTML files in Debian's headless Chromium (via playwright-core), run axe-core,
// take a screenshot and print one JSON report per page. Used by tests/test_export_html.py.
//
//   NODE_PATH=.cache/node/node_modules node packaging/node/check_page.cjs OUT_DIR a.html [b.html ...]
//
// Per page: title, lang, headings in the DOM, number of <script> elements before axe is injected,
// dialogs (alert/confirm/prompt) that fired, console errors, axe violations, the screenshot path.
"use strict";

const fs = require("fs");
const os = require("os");
const path = require("path");
const { chromium } = require("playwright-core");

const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

function executable() {
  if (process.env.CHROMIUM) return process.env.CHROMIUM;
  // Debian's /usr/bin/chromium is a shell wrapper; the real binary sits in /usr/lib/chromium.
  for (const p of ["/usr/lib/chromium/chromium", "/usr/bin/chromium", "/usr/bin/chromium-browser"]) {
    if (fs.existsSync(p)) return p;
  }
  throw new Error("chromium not found");
}

async function main() {
  const [outDir, ...files] = process.argv.slice(2);
  if (!outDir || files.length === 0) {
    console.error("usage: check_page.cjs OUT_DIR FILE.html...");
    process.exit(2);
  }
  const axePath = require.resolve("axe-core/axe.min.js");
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "export-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: executable(),
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1000, height: 1300 },
    offline: true,
  });
  const reports = [];
  try {
    for (const file of files) {
      const page = await context.newPage();
      const dialogs = [];
      const consoleErrors = [];
      page.on("dialog", async (d) => {
        dialogs.push({ type: d.type(), message: d.message() });
        await d.dismiss();
      });
      page.on("console", (m) => {
        if (m.type() === "error") consoleErrors.push(m.text());
      });
      page.on("pageerror", (e) => consoleErrors.push(String(e)));
      await page.goto("file://" + path.resolve(file), { waitUntil: "load" });
      await page.waitForTimeout(200); // give any (unwanted) timers or handlers a chance to fire
      const dom = await page.evaluate(() => ({
        title: document.title,
        lang: document.documentElement.lang,
        scripts: document.querySelectorAll("script").length,
        eventHandlers: Array.from(document.querySelectorAll("*")).filter((el) =>
          Array.from(el.attributes).some((a) => a.name.toLowerCase().startsWith("on"))
        ).length,
        headings: Array.from(document.querySelectorAll("h1, h2, h3, h4, h5, h6")).map((h) => ({
          tag: h.tagName.toLowerCase(),
          id: h.id,
          text: h.textContent,
        })),
        links: Array.from(document.querySelectorAll("a[href]")).map((a) => a.getAttribute("href")),
        bodyText: document.body ? document.body.innerText.length : 0,
        overflowX: document.documentElement.scrollWidth > window.innerWidth,
      }));
      const shot = path.join(outDir, path.basename(file).replace(/\.html?$/i, "") + ".png");
      await page.screenshot({ path: shot, fullPage: false });
      await page.addScriptTag({ path: axePath });
      const axe = await page.evaluate(async () => {
        const r = await window.axe.run(document, { resultTypes: ["violations"] });
        return r.violations.map((v) => ({
          id: v.id,
          impact: v.impact,
          help: v.help,
          nodes: v.nodes.slice(0, 3).map((n) => n.target.join(" ")),
        }));
      });
      reports.push({ file, ...dom, dialogs, consoleErrors, violations: axe, screenshot: shot });
      await page.close();
    }
  } finally {
    await context.close();
    fs.rmSync(profile, { recursive: true, force: true });
  }
  process.stdout.write(JSON.stringify(reports));
}

main().catch((e) => {
  console.error(String((e && e.stack) || e));
  process.exit(1);
});
