// `npm run icons`: renders build/icon.svg into every icon the installers need, and the files
// are committed. Headless Chromium draws the SVG at each size (small sizes drawn from the
// vector are sharper than a 512 px picture scaled down), and the .ico and .icns containers
// are written here: both formats simply hold PNGs, so no image tool or package is needed.
// CHROMIUM_PATH overrides /usr/bin/chromium, as for the end-to-end tests.
import { chromium } from '@playwright/test';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';

const LINUX_SIZES = [16, 24, 32, 48, 64, 128, 256, 512];
const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256];
// ICNS element types that hold a PNG, by the pixel size they hold.
const ICNS_TYPES = [
  ['icp4', 16],
  ['icp5', 32],
  ['icp6', 64],
  ['ic07', 128],
  ['ic08', 256],
  ['ic09', 512],
  ['ic10', 1024],
];

const svg = readFileSync('build/icon.svg', 'utf8');
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
const sizes = [...new Set([...LINUX_SIZES, ...ICO_SIZES, ...ICNS_TYPES.map(([, size]) => size)])];
const png = new Map();
try {
  for (const size of sizes) png.set(size, await render(size));
} finally {
  await browser.close();
}

mkdirSync('build/icons', { recursive: true });
for (const size of LINUX_SIZES) writeFileSync(`build/icons/${size}x${size}.png`, png.get(size));
writeFileSync('build/icon.ico', ico(ICO_SIZES.map((size) => [size, png.get(size)])));
writeFileSync('build/icon.icns', icns(ICNS_TYPES.map(([type, size]) => [type, png.get(size)])));
console.log(`build/icons/ (${LINUX_SIZES.join(', ')} px), build/icon.ico, build/icon.icns`);

async function render(size) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  const sized = svg.replace(/width="512" height="512"/, `width="${size}" height="${size}"`);
  await page.setContent(`<body style="margin:0">${sized}</body>`);
  const shot = await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
  await page.close();
  return shot;
}

/** ICONDIR, one ICONDIRENTRY per image (0 means 256), then the PNGs. */
function ico(images) {
  const header = Buffer.alloc(6 + 16 * images.length);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(images.length, 4);
  let offset = header.length;
  images.forEach(([size, data], index) => {
    const entry = 6 + 16 * index;
    header.writeUInt8(size >= 256 ? 0 : size, entry);
    header.writeUInt8(size >= 256 ? 0 : size, entry + 1);
    header.writeUInt16LE(1, entry + 4);
    header.writeUInt16LE(32, entry + 6);
    header.writeUInt32LE(data.length, entry + 8);
    header.writeUInt32LE(offset, entry + 12);
    offset += data.length;
  });
  return Buffer.concat([header, ...images.map(([, data]) => data)]);
}

/** 'icns' + total length, then per element its type, its length (header included) and the PNG. */
function icns(elements) {
  const parts = elements.map(([type, data]) => {
    const head = Buffer.alloc(8);
    head.write(type, 0, 'latin1');
    head.writeUInt32BE(data.length + 8, 4);
    return Buffer.concat([head, data]);
  });
  const head = Buffer.alloc(8);
  head.write('icns', 0, 'latin1');
  head.writeUInt32BE(8 + parts.reduce((sum, part) => sum + part.length, 0), 4);
  return Buffer.concat([head, ...parts]);
}
