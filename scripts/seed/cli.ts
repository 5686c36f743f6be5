// `npm run seed:large -- --out FILE [--seed N] [--units 50 --people 600 --years 10] [--fresh]`
import { statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { FULL_SIZE } from './seedLarge';
import { copySeeded, seededFile } from './seedCache';

async function main() {
  const { values } = parseArgs({
    options: {
      out: { type: 'string' },
      seed: { type: 'string', default: '1' },
      units: { type: 'string', default: String(FULL_SIZE.units) },
      people: { type: 'string', default: String(FULL_SIZE.people) },
      years: { type: 'string', default: String(FULL_SIZE.years) },
      fresh: { type: 'boolean', default: false },
    },
  });
  if (!values.out) throw new Error('Usage: npm run seed:large -- --out FILE [--seed N] [--units 50 --people 600 --years 10] [--fresh]');
  const options = { seed: Number(values.seed), units: Number(values.units), people: Number(values.people), years: Number(values.years) };
  if (Object.values(options).some((value) => !Number.isInteger(value) || value < 0) || options.units < 1 || options.years < 1)
    throw new Error(`Whole numbers please: ${JSON.stringify(options)}`);
  const seeded = await seededFile(process.cwd(), options, values.fresh, (message) => console.log(message));
  copySeeded(seeded.file, values.out);
  const size = (statSync(values.out).size / 1024 / 1024).toFixed(1);
  console.log(
    seeded.cached
      ? `Copied from the cache (${seeded.file}): ${values.out}, ${size} MiB`
      : `Seeded in ${seeded.seconds.toFixed(1)} s: ${JSON.stringify(seeded.counts)}; ${values.out}, ${size} MiB`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
