/* Runs Lighthouse (npm lighthouse, mobile, its defaults) on pages in one headless Chromium, for the tests and
 * benchmarks/lighthouse.py.
 *
 *   CHROME_PATH=/usr/bin/chromium node lighthouse.mjs CATEGORIES URL... -> {url: {category: score, ...,
 *       "failing": ["category: audit-id: title", ...]}, ...}
 *
 * CATEGORIES is a comma-separated list (performance,accessibility,best-practices,seo). Chromium gets the flags
 * this machine needs (no background networking: nothing but the pages is fetched).
 */
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";

const [categories, ...urls] = process.argv.slice(2);
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH,
  chromeFlags: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
const out = {};
try {
  for (const url of urls) {
    const result = await lighthouse(url, { port: chrome.port, output: "json", logLevel: "error", onlyCategories: categories.split(",") });
    const lhr = result.lhr;
    const scores = { failing: [] };
    for (const [id, category] of Object.entries(lhr.categories)) {
      scores[id] = category.score;
      for (const ref of category.auditRefs) {
        const audit = lhr.audits[ref.id];
        if (ref.weight > 0 && audit.score !== null && audit.score < 1) scores.failing.push(`${id}: ${ref.id}: ${audit.title}`);
      }
    }
    out[url] = scores;
  }
} finally {
  await chrome.kill();
}
process.stdout.write(JSON.stringify(out));
