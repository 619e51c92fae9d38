package org.cpsim.model.config;

import static org.cpsim.model.config.Checks.*;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * The latent need of each child: none, emerging (early help level), complex (child in need),
 * significant harm (child protection). It moves in continuous time; every rate is per child per year.
 */
public record NeedConfig(
        InitialShares initialShares,
        Escalation escalationPerYear,
        Easing easingPerYear,
        RiskMultipliers riskMultipliers,
        HelpEffects helpEffects,
        SeverityTrend severityTrend) implements Serializable {

    public NeedConfig {
        present("initialShares", initialShares);
        present("escalationPerYear", escalationPerYear);
        present("easingPerYear", easingPerYear);
        present("riskMultipliers", riskMultipliers);
        present("helpEffects", helpEffects);
        present("severityTrend", severityTrend);
    }

    /** This need with the escalation from complex need to significant harm multiplied (1: unchanged, the same object). */
    public NeedConfig withSevereEscalationMultiplied(double factor) {
        if (factor == 1) return this;
        Escalation e = escalationPerYear;
        return new NeedConfig(initialShares, new Escalation(e.fromNone(), e.fromEmerging(), e.fromComplex() * factor), easingPerYear,
                riskMultipliers, helpEffects, severityTrend);
    }

    /** Shares of children at each level above none at the start (before the warm-up). */
    public record InitialShares(double emerging, double complex, double significantHarm) implements Serializable {
        public InitialShares {
            probability("emerging", emerging);
            probability("complex", complex);
            probability("significantHarm", significantHarm);
            if (emerging + complex + significantHarm > 1) {
                throw new ConfigException("initialShares", "shares adding up to at most 1", emerging + complex + significantHarm);
            }
        }
    }

    /** Hazards of moving one level up, for a child with no risk factors and no help. */
    public record Escalation(double fromNone, double fromEmerging, double fromComplex) implements Serializable {
        public Escalation {
            nonNegative("fromNone", fromNone);
            nonNegative("fromEmerging", fromEmerging);
            nonNegative("fromComplex", fromComplex);
        }
    }

    /** Hazards of moving one level down on its own, with no help. */
    public record Easing(double fromEmerging, double fromComplex, double fromSignificantHarm) implements Serializable {
        public Easing {
            nonNegative("fromEmerging", fromEmerging);
            nonNegative("fromComplex", fromComplex);
            nonNegative("fromSignificantHarm", fromSignificantHarm);
        }
    }

    /** Multipliers on the escalation hazards for each family risk factor present (they compound). */
    public record RiskMultipliers(double parentalMentalIllness, double domesticAbuse, double substanceMisuse, double deprivation) implements Serializable {
        public RiskMultipliers {
            nonNegative("parentalMentalIllness", parentalMentalIllness);
            nonNegative("domesticAbuse", domesticAbuse);
            nonNegative("substanceMisuse", substanceMisuse);
            nonNegative("deprivation", deprivation);
        }
    }

    /** How each kind of help changes the need hazards while the child receives it. */
    /**
     * @param afterProtectionPlan the lasting effect of a protection plan once it has ended: it applies to a
     *                            child who has been on a plan and now receives no help (1 and 1: none, need
     *                            then returns as for any child; below 1 the work of the plan, with the family,
     *                            goes on lowering the hazard of need arising again, and so of a repeat plan)
     */
    public record HelpEffects(HelpEffect earlyHelp, HelpEffect childInNeedPlan, HelpEffect childProtectionPlan, HelpEffect lookedAfter,
                              HelpEffect afterProtectionPlan) implements Serializable {
        public HelpEffects {
            present("earlyHelp", earlyHelp);
            present("childInNeedPlan", childInNeedPlan);
            present("childProtectionPlan", childProtectionPlan);
            present("lookedAfter", lookedAfter);
            present("afterProtectionPlan", afterProtectionPlan);
        }
    }

    public record HelpEffect(double escalationMultiplier, double easingMultiplier) implements Serializable {
        public HelpEffect {
            nonNegative("escalationMultiplier", escalationMultiplier);
            nonNegative("easingMultiplier", easingMultiplier);
        }
    }

    /**
     * A driver of change between years: the hazard of complex need becoming significant harm
     * ({@code escalationPerYear.fromComplex}) is multiplied by {@code 1 + perYear} on {@code from} and again on
     * each anniversary (a step a year), so more children reach the protection level while the bars, and so
     * the conversion from enquiry to plan, stay where they are. Steps after {@code evidenceEnds} are taken at
     * a share of their size drawn once per replication between {@code continuationLow} and
     * {@code continuationHigh}, as for {@link PlansConfig.BarTrend}. A perYear of 0 leaves need as it is.
     */
    public record SeverityTrend(LocalDate from, double perYear, LocalDate evidenceEnds, double continuationLow,
                                double continuationHigh) implements Serializable {
        public SeverityTrend {
            present("from", from);
            if (!(perYear > -0.5 && perYear < 1)) throw new ConfigException("perYear", "a yearly change between -0.5 and 1 (a share)", perYear);
            YearlySteps.checkContinuation(evidenceEnds, continuationLow, continuationHigh);
        }

        /** Whether need moves at all. */
        public boolean moves() { return perYear != 0; }

        /** Whether a replication's continuation share needs drawing. */
        public boolean uncertain() { return moves() && continuationHigh > continuationLow; }

        /** The continuation share at u in [0, 1). */
        public double continuation(double u) { return YearlySteps.share(continuationLow, continuationHigh, u); }

        /** The factor on the escalation to significant harm on {@code date}: compounded over the steps so far. */
        public double factor(LocalDate date, double continuation) {
            return moves() ? Math.pow(1 + perYear, YearlySteps.taken(from, evidenceEnds, date, continuation)) : 1;
        }
    }
}
