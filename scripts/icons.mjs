// Draws the PNG icons (static/icons/*.png) from the SVG ones in Chromium,
// for the platforms that want PNG (iOS's home screen, older Android).
// Run by hand after changing an SVG icon; the PNGs are committed.
//   node scripts/icons.mjs
import { chromium } from 'playwright-core';
import { readFileSync, writeFileSync } from 'node:fs';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu'] });
for (const [src, out, size] of [['icon.svg','icon-180.png',180],['icon.svg','icon-192.png',192],['maskable.svg','maskable-512.png',512],['icon.svg','icon-512.png',512]]) {
  const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
  const svg = readFileSync(`static/icons/${src}`, 'utf8');
  await page.setContent(`<html><body style="margin:0;background:transparent">${svg.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body></html>`);
  writeFileSync(`static/icons/${out}`, await page.screenshot({ omitBackground: true }));
  await page.close();
}
await browser.close();
