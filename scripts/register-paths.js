// Resolves the @news/* aliases of tsconfig.json against the compiled tree in
// dist/, so `node -r ./scripts/register-paths.js dist/apps/<app>/src/main.js`
// runs a service exactly as it runs in the container image.
const path = require('node:path');
const tsConfigPaths = require('tsconfig-paths');
const { compilerOptions } = require('../tsconfig.json');

tsConfigPaths.register({
  baseUrl: path.join(__dirname, '..', 'dist'),
  paths: compilerOptions.paths,
});
