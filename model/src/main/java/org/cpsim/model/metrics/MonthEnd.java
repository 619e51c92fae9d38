package org.cpsim.model.metrics;

import java.util.List;

import org.cpsim.model.family.ServiceState;

/**
 * What one authority counts at a month end; {@link #stocks()} derives the month's {@link Stock}s from it.
 *
 * @param stateCounts    children in each service state, by ordinal
 * @param planDurations  open child protection plans under 3 months and 2 years or more
 * @param needCounts     children at need levels emerging, complex and significant harm
 */
public record MonthEnd(int children, int[] stateCounts, int[] planDurations, int earlyHelpActive, int earlyHelpWaiting,
                       int[] needCounts, int awaitingAllocation, WorkforceSnapshot workforce) {

    public double[] stocks() {
        double[] stocks = new double[Stock.values().length];
        WorkforceSnapshot.stocks(List.of(workforce), stocks);
        stocks[Stock.CHILDREN.ordinal()] = children;
        int cin = 0;
        for (ServiceState s : ServiceState.values()) if (s.isChildInNeed()) cin += stateCounts[s.ordinal()];
        stocks[Stock.CIN.ordinal()] = cin;
        stocks[Stock.CP_PLANS.ordinal()] = stateCounts[ServiceState.CP_PLAN.ordinal()];
        stocks[Stock.CP_PLANS_UNDER_3M.ordinal()] = planDurations[0];
        stocks[Stock.CP_PLANS_2YRS_PLUS.ordinal()] = planDurations[1];
        stocks[Stock.LOOKED_AFTER.ordinal()] = stateCounts[ServiceState.LOOKED_AFTER.ordinal()];
        stocks[Stock.EH_ACTIVE.ordinal()] = earlyHelpActive;
        stocks[Stock.EH_WAITING.ordinal()] = earlyHelpWaiting;
        stocks[Stock.NEED_EMERGING.ordinal()] = needCounts[0];
        stocks[Stock.NEED_COMPLEX.ordinal()] = needCounts[1];
        stocks[Stock.NEED_SIGNIFICANT_HARM.ordinal()] = needCounts[2];
        stocks[Stock.AWAITING_ALLOCATION.ordinal()] = awaitingAllocation;
        return stocks;
    }
}
