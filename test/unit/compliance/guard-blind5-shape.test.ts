/**
 * Shape of the fifth blind probe set (test/fixtures/guard-blind5): the checks of blind-set-shape.ts, against the
 * four earlier blind sets. The guard is never run on the set here and no line is printed.
 */
import * as blind1 from '../../fixtures/guard-blind';
import * as blind2 from '../../fixtures/guard-blind2';
import * as blind3 from '../../fixtures/guard-blind3';
import * as blind4 from '../../fixtures/guard-blind4';
import {
  acceptedCategories5,
  BLIND5_COMPLIANT_EN,
  BLIND5_COMPLIANT_ZH,
  BLIND5_VIOLATIONS_EN,
  BLIND5_VIOLATIONS_ZH,
} from '../../fixtures/guard-blind5';
import { describeBlindSetShape } from './blind-set-shape';

describeBlindSetShape(
  'the fifth blind probe set',
  {
    violationsZh: BLIND5_VIOLATIONS_ZH,
    violationsEn: BLIND5_VIOLATIONS_EN,
    compliantZh: BLIND5_COMPLIANT_ZH,
    compliantEn: BLIND5_COMPLIANT_EN,
    accepted: acceptedCategories5,
  },
  { violationsZh: 140, violationsEn: 120, compliantZh: 60, compliantEn: 60 },
  [blind1, blind2, blind3, blind4],
  // The four earlier sets hold several hundred lines each.
  1000,
);
