/**
 * Shape of the sixth blind probe set (test/fixtures/guard-blind6): the checks of blind-set-shape.ts, against the
 * five earlier blind sets. The guard is never run on the set here and no line is printed.
 */
import * as blind1 from '../../fixtures/guard-blind';
import * as blind2 from '../../fixtures/guard-blind2';
import * as blind3 from '../../fixtures/guard-blind3';
import * as blind4 from '../../fixtures/guard-blind4';
import * as blind5 from '../../fixtures/guard-blind5';
import {
  acceptedCategories6,
  BLIND6_COMPLIANT_EN,
  BLIND6_COMPLIANT_ZH,
  BLIND6_VIOLATIONS_EN,
  BLIND6_VIOLATIONS_ZH,
} from '../../fixtures/guard-blind6';
import { describeBlindSetShape } from './blind-set-shape';

describeBlindSetShape(
  'the sixth blind probe set',
  {
    violationsZh: BLIND6_VIOLATIONS_ZH,
    violationsEn: BLIND6_VIOLATIONS_EN,
    compliantZh: BLIND6_COMPLIANT_ZH,
    compliantEn: BLIND6_COMPLIANT_EN,
    accepted: acceptedCategories6,
  },
  { violationsZh: 150, violationsEn: 120, compliantZh: 60, compliantEn: 60 },
  [blind1, blind2, blind3, blind4, blind5],
  // The five earlier sets hold several hundred lines each.
  1300,
);
