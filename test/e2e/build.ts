/** Builds the extension the e2e tests load (run by `npm run test:e2e` before Playwright). */
import { buildExtension } from '../../demo/build-extension';

const dir = buildExtension('.output/e2e');
console.log(`e2e extension built in ${dir}`);
