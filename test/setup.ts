import '@testing-library/jest-dom/vitest';
import 'fake-indexeddb/auto';
import { configure } from '@testing-library/dom';

// Eight engineers share two cores: a first render can take seconds, which is load, not a bug.
configure({ asyncUtilTimeout: 10_000 });
