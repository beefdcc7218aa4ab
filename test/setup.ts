import '@testing-library/jest-dom/vitest';
import 'fake-indexeddb/auto';
import { configure } from '@testing-library/react';
// Options-page and Studio components are rendered without their entry point, which adds these.
import '@/lib/i18n/page-strings';

// On a loaded 2-core machine a live query can take seconds to settle; findBy/waitFor must not fail on timing.
configure({ asyncUtilTimeout: 10_000 });
