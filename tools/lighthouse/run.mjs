// Lighthouse over Haven's pages, for scripts/lighthouse.sh (`make lighthouse`).
//
//   node tools/lighthouse/run.mjs --out DIR --site target/site --runs N name=URL...
//
// Each page is audited N times (a fresh Chromium each time: empty cache, no service
// worker), mobile form factor and Lighthouse's default simulated throttling; the median
// run (Lighthouse's own choice, by FCP and TTI) is kept as DIR/<name>.report.{json,html},
// every run under DIR/runs/. Then a summary: scores, key figures, the audits that fell
// short, and the first-load JS+WASM of the first page, raw / gzip -9 / brotli, next to
// what Lighthouse saw go over the wire. The summary also goes to DIR/summary.{txt,json}.
//
// CHROME_PATH selects the browser (scripts/lighthouse.sh: Debian's /usr/bin/chromium).
// LIGHTHOUSE_STRICT=1 makes a score below its target (TARGETS) fail the run.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import {computeMedianRun} from 'lighthouse/core/lib/median-run.js';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
// Issue 7's targets, per category (0-100).
const TARGETS = {performance: 95, accessibility: 100, 'best-practices': 95, seo: 95};
const CHROME_FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu',
  '--disable-dev-shm-usage', '--no-first-run', '--no-default-browser-check'];

function parseArgs(argv) {
  const args = {runs: 1, pages: []};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--out') args.out = argv[++i];
    else if (a === '--site') args.site = argv[++i];
    else if (a === '--runs') args.runs = Math.max(1, Number(argv[++i]) || 1);
    else {
      const eq = a.indexOf('=');
      if (eq < 1) throw new Error(`expected name=URL, got ${a}`);
      args.pages.push({name: a.slice(0, eq), url: a.slice(eq + 1)});
    }
  }
  if (!args.out || !args.pages.length) {
    throw new Error('usage: run.mjs --out DIR [--site DIR] [--runs N] name=URL...');
  }
  return args;
}

async function audit(url) {
  const chrome = await chromeLauncher.launch({chromeFlags: CHROME_FLAGS, logLevel: 'silent'});
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: ['json', 'html'],
      logLevel: 'error',
      onlyCategories: CATEGORIES,
    });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    if (result.lhr.runtimeError) {
      throw new Error(`${url}: ${result.lhr.runtimeError.code} ${result.lhr.runtimeError.message}`);
    }
    return result;
  } finally {
    await chrome.kill();
  }
}

const kb = (b) => `${(b / 1024).toFixed(1)} KB`;
const ms = (v) => `${Math.round(v)} ms`;
const num = (lhr, id) => lhr.audits[id]?.numericValue ?? NaN;

// JS and WASM of our own bundle that Lighthouse saw on the wire (network-requests).
function bundleTransfer(lhr) {
  const items = lhr.audits['network-requests']?.details?.items ?? [];
  const ours = items.filter((r) => /\/pkg\/[^/?]+\.(js|wasm)(\?|$)/.test(r.url));
  const scripts = items.filter((r) => r.resourceType === 'Script' || /\.wasm(\?|$)/.test(r.url));
  const sum = (rs, k) => rs.reduce((n, r) => n + (r[k] || 0), 0);
  return {
    pkg: ours.map((r) => ({url: new URL(r.url).pathname, transfer: r.transferSize, resource: r.resourceSize})),
    pkgTransfer: sum(ours, 'transferSize'),
    allScriptTransfer: sum(scripts, 'transferSize'),
  };
}

// The audits of a category that fell short: score < 1 (skipping informative, manual and
// not-applicable ones, whose score is null), the weighted ones first.
function failing(lhr, categoryId) {
  const cat = lhr.categories[categoryId];
  return cat.auditRefs
    .map((ref) => ({ref, a: lhr.audits[ref.id]}))
    .filter(({a}) => a && a.score !== null && a.score < 1 &&
      !['informative', 'manual', 'notApplicable'].includes(a.scoreDisplayMode))
    .sort((x, y) => y.ref.weight - x.ref.weight || x.a.score - y.a.score)
    .map(({ref, a}) => ({
      id: a.id, title: a.title, score: a.score, weight: ref.weight,
      displayValue: a.displayValue || '',
      // For "failed elements" audits: the first few offending nodes.
      items: (a.details?.items ?? []).slice(0, 3).map((it) =>
        it.node?.snippet || it.node?.selector || it.url || it.source?.url || it.description || '')
        .filter(Boolean),
    }));
}

// The hashed .js and .wasm the first page's HTML loads, from the built site on disk.
async function firstLoad(url, site) {
  const html = await (await fetch(url)).text();
  const paths = [...new Set([...html.matchAll(/["'](\/pkg\/[^"'?]+\.(?:js|wasm))["']/g)].map((m) => m[1]))];
  const files = paths.map((p) => {
    const file = path.join(site, p);
    const raw = fs.readFileSync(file);
    const gz = zlib.gzipSync(raw, {level: 9}).length;
    const br = zlib.brotliCompressSync(raw, {params: {
      [zlib.constants.BROTLI_PARAM_QUALITY]: 11,
      [zlib.constants.BROTLI_PARAM_SIZE_HINT]: raw.length,
    }}).length;
    const pre = (ext) => (fs.existsSync(file + ext) ? fs.statSync(file + ext).size : null);
    return {path: p, raw: raw.length, gzip9: gz, brotli11: br, precompressedGz: pre('.gz'), precompressedBr: pre('.br')};
  });
  const total = (k) => files.reduce((n, f) => n + (f[k] ?? 0), 0);
  return {files, raw: total('raw'), gzip9: total('gzip9'), brotli11: total('brotli11'),
    precompressedGz: total('precompressedGz'), precompressedBr: total('precompressedBr')};
}

function pad(s, n) { s = String(s); return s.length >= n ? s : s + ' '.repeat(n - s.length); }
function lpad(s, n) { s = String(s); return s.length >= n ? s : ' '.repeat(n - s.length) + s; }

async function main() {
  const args = parseArgs(process.argv.slice(2));
  fs.mkdirSync(path.join(args.out, 'runs'), {recursive: true});
  const results = [];
  for (const page of args.pages) {
    const lhrs = [];
    for (let i = 1; i <= args.runs; i++) {
      const t0 = Date.now();
      const r = await audit(page.url);
      const base = path.join(args.out, 'runs', `${page.name}-${i}`);
      fs.writeFileSync(`${base}.json`, r.report[0]);
      fs.writeFileSync(`${base}.html`, r.report[1]);
      lhrs.push({lhr: r.lhr, base});
      const perf = Math.round(r.lhr.categories.performance.score * 100);
      console.error(`[lighthouse] ${page.name} run ${i}/${args.runs}: performance ${perf} ` +
        `(${((Date.now() - t0) / 1000).toFixed(0)} s)`);
    }
    const median = computeMedianRun(lhrs.map((x) => x.lhr));
    const chosen = lhrs.find((x) => x.lhr === median);
    for (const ext of ['json', 'html']) {
      fs.copyFileSync(`${chosen.base}.${ext}`, path.join(args.out, `${page.name}.report.${ext}`));
    }
    results.push({page, lhr: median, perfRuns: lhrs.map((x) => Math.round(x.lhr.categories.performance.score * 100))});
  }

  const summary = results.map(({page, lhr, perfRuns}) => ({
    name: page.name,
    url: lhr.finalDisplayedUrl,
    scores: Object.fromEntries(CATEGORIES.map((c) => [c, Math.round(lhr.categories[c].score * 100)])),
    performanceRuns: perfRuns,
    lcp: num(lhr, 'largest-contentful-paint'),
    tbt: num(lhr, 'total-blocking-time'),
    cls: num(lhr, 'cumulative-layout-shift'),
    fcp: num(lhr, 'first-contentful-paint'),
    speedIndex: num(lhr, 'speed-index'),
    totalTransfer: num(lhr, 'total-byte-weight'),
    bundle: bundleTransfer(lhr),
    failing: Object.fromEntries(CATEGORIES.map((c) => [c, failing(lhr, c)])),
    lighthouseVersion: lhr.lighthouseVersion,
    userAgent: lhr.environment.hostUserAgent,
    benchmarkIndex: lhr.environment.benchmarkIndex,
  }));
  const load = args.site ? await firstLoad(args.pages[0].url, args.site) : null;

  const out = [];
  const line = (s = '') => out.push(s);
  const r0 = summary[0];
  line(`Lighthouse ${r0.lighthouseVersion}, ${r0.userAgent.match(/(?:Headless)?Chrome\/[\d.]+/)?.[0] ?? ''}; ` +
    `mobile, simulated throttling; median of ${args.runs} run(s) per page`);
  line(`Host CPU benchmark index: ${summary.map((s) => `${s.name} ${Math.round(s.benchmarkIndex)}`).join(', ')}` +
    ` (Lighthouse scales its CPU throttling by this; a loaded machine scores lower)`);
  line();
  const cols = ['page', 'perf', 'a11y', 'bp', 'seo', 'LCP', 'TBT', 'CLS', 'FCP', 'SI', 'transfer', 'JS+WASM'];
  const widths = [10, 5, 5, 5, 5, 9, 8, 6, 9, 9, 10, 10];
  const mark = (c, v) => `${v}${v >= TARGETS[c] ? '' : '*'}`;
  line(cols.map((c, i) => (i ? lpad(c, widths[i]) : pad(c, widths[i]))).join(' '));
  for (const s of summary) {
    const row = [s.name, mark('performance', s.scores.performance), mark('accessibility', s.scores.accessibility),
      mark('best-practices', s.scores['best-practices']), mark('seo', s.scores.seo),
      ms(s.lcp), ms(s.tbt), s.cls.toFixed(3), ms(s.fcp), ms(s.speedIndex), kb(s.totalTransfer), kb(s.bundle.pkgTransfer)];
    line(row.map((c, i) => (i ? lpad(c, widths[i]) : pad(c, widths[i]))).join(' '));
  }
  line(`* below the target (performance ${TARGETS.performance}, accessibility ${TARGETS.accessibility}, ` +
    `best practices ${TARGETS['best-practices']}, SEO ${TARGETS.seo}). ` +
    `JS+WASM: /pkg/*.js and *.wasm as transferred.`);
  if (args.runs > 1) {
    line(`performance per run: ${summary.map((s) => `${s.name} ${s.performanceRuns.join('/')}`).join(', ')}`);
  }
  for (const s of summary) {
    line();
    line(`${s.name}: ${s.url}`);
    let any = false;
    for (const c of CATEGORIES) {
      for (const f of s.failing[c]) {
        any = true;
        const w = f.weight ? ` weight ${f.weight}` : '';
        line(`  [${c}] ${f.title} (${f.id}, score ${f.score.toFixed(2)}${w})${f.displayValue ? `: ${f.displayValue}` : ''}`);
        for (const it of f.items) line(`      ${String(it).replace(/\s+/g, ' ').slice(0, 140)}`);
      }
    }
    if (!any) line('  no audit below full score');
  }
  if (load) {
    line();
    line(`First-load JS+WASM of ${args.pages[0].name} (${args.pages[0].url}):`);
    for (const f of load.files) {
      line(`  ${pad(f.path, 46)} raw ${lpad(kb(f.raw), 11)}  gzip -9 ${lpad(kb(f.gzip9), 10)}  brotli 11 ${lpad(kb(f.brotli11), 10)}` +
        `  (built .gz ${f.precompressedGz === null ? '-' : kb(f.precompressedGz)}, .br ${f.precompressedBr === null ? '-' : kb(f.precompressedBr)})`);
    }
    line(`  ${pad('total', 46)} raw ${lpad(kb(load.raw), 11)}  gzip -9 ${lpad(kb(load.gzip9), 10)}  brotli 11 ${lpad(kb(load.brotli11), 10)}` +
      `  (target: gzip <= 250 KB${load.gzip9 <= 250 * 1024 ? '' : ', MISSED'})`);
    line(`  Lighthouse transfer of /pkg JS+WASM: ${summary.map((s) => `${s.name} ${kb(s.bundle.pkgTransfer)}`).join(', ')}` +
      `; all scripts incl. on-demand ones: ${summary.map((s) => `${s.name} ${kb(s.bundle.allScriptTransfer)}`).join(', ')}`);
  }
  line();
  line(`Reports: ${args.out}/<page>.report.html and .json (every run in ${args.out}/runs/)`);
  const text = out.join('\n') + '\n';
  fs.writeFileSync(path.join(args.out, 'summary.txt'), text);
  fs.writeFileSync(path.join(args.out, 'summary.json'), JSON.stringify({runs: args.runs, pages: summary, firstLoad: load}, null, 2));
  process.stdout.write(text);
  // LIGHTHOUSE_STRICT=1: a score below its target fails the run (exit status 2).
  const missed = summary.some((s) => CATEGORIES.some((c) => s.scores[c] < TARGETS[c]));
  if (process.env.LIGHTHOUSE_STRICT === '1' && missed) process.exitCode = 2;
}

main().catch((e) => { console.error(`[lighthouse] ${e.stack || e}`); process.exit(1); });
