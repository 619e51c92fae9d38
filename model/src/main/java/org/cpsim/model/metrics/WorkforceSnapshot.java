package org.cpsim.model.metrics;

import java.util.Arrays;
import java.util.List;

/**
 * The workforce at a month end: counts, every worker's caseload and stress, and the month's
 * contracted and agency hours (what social work cost).
 */
public record WorkforceSnapshot(int inPost, int fundedPosts, int postsWithoutPermanent, int agency,
                                double[] caseloads, double[] stresses, double contractedHours, double agencyHours) {

    /** Writes the workforce stocks of one or more snapshots (pooled over authorities) into a month-end stock array. */
    public static void stocks(List<WorkforceSnapshot> snapshots, double[] stocks) {
        int inPost = 0, funded = 0, without = 0, agency = 0, n = 0;
        for (WorkforceSnapshot s : snapshots) {
            inPost += s.inPost();
            funded += s.fundedPosts();
            without += s.postsWithoutPermanent();
            agency += s.agency();
            n += s.caseloads().length;
        }
        double[] caseloads = new double[n];
        double[] stresses = new double[n];
        int k = 0;
        for (WorkforceSnapshot s : snapshots) {
            System.arraycopy(s.caseloads(), 0, caseloads, k, s.caseloads().length);
            System.arraycopy(s.stresses(), 0, stresses, k, s.stresses().length);
            k += s.caseloads().length;
        }
        stocks[Stock.SW_IN_POST.ordinal()] = inPost;
        stocks[Stock.SW_FUNDED_POSTS.ordinal()] = funded;
        stocks[Stock.SW_POSTS_WITHOUT_PERMANENT.ordinal()] = without;
        stocks[Stock.SW_AGENCY.ordinal()] = agency;
        distribution(caseloads, stresses, stocks);
    }

    /** Mean and 90th percentile of caseloads and stresses (the arrays are sorted here). */
    static void distribution(double[] caseloads, double[] stresses, double[] stocks) {
        Arrays.sort(caseloads);
        Arrays.sort(stresses);
        stocks[Stock.SW_CASELOAD_MEAN.ordinal()] = Stats.mean(caseloads);
        stocks[Stock.SW_CASELOAD_P90.ordinal()] = Stats.quantile(caseloads, 0.9);
        stocks[Stock.SW_STRESS_MEAN.ordinal()] = Stats.mean(stresses);
        stocks[Stock.SW_STRESS_P90.ordinal()] = Stats.quantile(stresses, 0.9);
    }
}
