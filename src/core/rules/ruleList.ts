import { danglingReferences } from '../validate/danglingReferences';
import { missingDeliverables } from '../validate/missingDeliverables';
import { bareResponse } from './bareResponse';
import { basicNeedUnmet } from './basicNeedUnmet';
import { bidDeadline } from './bidDeadline';
import { blindYes } from './blindYes';
import { concernUncovered } from './concernUncovered';
import { customerNotUser } from './customerNotUser';
import { decisionMakerGap } from './decisionMakerGap';
import { followUpOverdue } from './followUpOverdue';
import { gateNotMet } from './gateNotMet';
import { overInvestment } from './overInvestment';
import { researchFirst } from './researchFirst';
import { researchWithoutNeed } from './researchWithoutNeed';
import { scopeCreep } from './scopeCreep';
import { staleContact } from './staleContact';
import { starNegativeDeviation } from './starNegativeDeviation';
import type { Rule } from './rule';

/** Every engagement-level rule, in report order. Adding a rule means adding it here. */
export const RULES: readonly Rule[] = [
  missingDeliverables,
  danglingReferences,
  scopeCreep,
  blindYes,
  followUpOverdue,
  researchWithoutNeed,
  researchFirst,
  customerNotUser,
  overInvestment,
  decisionMakerGap,
  staleContact,
  basicNeedUnmet,
  starNegativeDeviation,
  bareResponse,
  bidDeadline,
  concernUncovered,
  gateNotMet,
];
