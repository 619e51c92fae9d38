package org.cpsim.model.metrics;

import org.cpsim.model.family.ServiceState;

/**
 * Every indicator the model reports, declared once: its id (as in the national statistics where the
 * same statistic is meant), unit, definition, the published statistic it matches, and how its value
 * is derived from what the recorder tallied. CSV headers, {@code cpsim metrics}, chart titles and the
 * ODD's table all come from here; a new indicator is one line here (and, if it needs a new tally, a
 * {@link Raw} and the recorder method that counts it).
 */
public enum Indicator {
    // Population
    CHILDREN("children", "children", "Children aged 0-17 in the population at the end of the period", "child_population_0_17 (ONS mid-year estimate)", t -> t.children()),
    BIRTHS("births", "children", "Children born into the population in the period", "", raw(Raw.BIRTHS)),
    AGED_OUT("aged_out", "children", "Children reaching their 18th birthday in the period (they leave the model)", "", raw(Raw.AGED_OUT)),

    // Front door
    CONTACTS("contacts", "contacts", "Concerns raised by agencies with the front door in the period", "", raw(Raw.CONTACTS)),
    CONTACTS_ADVISED_TO_EARLY_HELP("contacts_advised_to_early_help", "contacts", "Concerns settled with a social worker's advice instead of a contact with the front door (diverted to early help, or settled without action)", "", raw(Raw.ADVISED_TO_EARLY_HELP)),
    REFERRALS("referrals", "referrals", "Referrals to children's social care in the period (contacts accepted as referrals)", "referrals (CIN census)", raw(Raw.REFERRALS)),
    REFERRAL_RATE_PER_10K("referral_rate_per_10k", "per 10,000 children", "Referrals in the period per 10,000 children", "referral_rate_per_10k (CIN census)", per10k(Raw.REFERRALS)),
    RE_REFERRALS_WITHIN_12M_PCT("re_referrals_within_12m_pct", "percent of referrals", "Referrals within 12 months of a previous referral of the same child, as a share of referrals", "re_referrals_within_12m_pct (CIN census)", pct(Raw.RE_REFERRALS, Raw.REFERRALS)),
    REFERRALS_NFA_PCT("referrals_nfa_pct", "percent of referrals", "Referrals closed with no further action before assessment, as a share of referrals", "referrals_nfa_pct (CIN census)", pct(Raw.REFERRALS_NFA, Raw.REFERRALS)),

    // Assessment
    INITIAL_ASSESSMENTS_COMPLETED("initial_assessments_completed", "assessments", "Initial assessments completed (the prescribed forms' first stage; single assessments are counted apart, as the census does)", "initial_assessments_completed (CIN census to 2013-14)", raw(Raw.INITIAL_COMPLETED)),
    INITIAL_ASSESSMENTS_WITHIN_7WD_PCT("initial_assessments_within_7wd_pct", "percent", "First-stage assessments completed within 7 working days of referral", "initial_assessments_within_7wd_pct (to 2009-10)", pct(Raw.FIRST_STAGE_WITHIN_7WD, Raw.FIRST_STAGE_COMPLETED)),
    INITIAL_ASSESSMENTS_WITHIN_10WD_PCT("initial_assessments_within_10wd_pct", "percent", "First-stage assessments completed within 10 working days of referral", "initial assessments within 10 working days (2010-11 to 2013-14)", pct(Raw.FIRST_STAGE_WITHIN_10WD, Raw.FIRST_STAGE_COMPLETED)),
    CORE_ASSESSMENTS_COMPLETED("core_assessments_completed", "assessments", "Core assessments completed (prescribed regime only)", "core_assessments_completed (CIN census to 2013-14)", raw(Raw.CORE_COMPLETED)),
    CORE_ASSESSMENTS_WITHIN_35WD_PCT("core_assessments_within_35wd_pct", "percent", "Core assessments completed within 35 working days of their start (prescribed regime only)", "core_assessments_within_35wd_pct", pct(Raw.CORE_WITHIN_35WD, Raw.CORE_COMPLETED)),
    ASSESSMENTS_COMPLETED("assessments_completed", "assessments", "Single assessments completed (the local framework's form; initial and core assessments are counted apart, as the census does)", "assessments_completed (CIN census from 2013-14: single assessments only)", raw(Raw.SINGLE_COMPLETED)),
    ASSESSMENT_PROCESSES_COMPLETED("assessment_processes_completed", "assessments", "Assessment processes completed, whatever the forms (an initial assessment with any core assessment, or a single assessment)", "", raw(Raw.ASSESSMENTS_COMPLETED)),
    SINGLE_ASSESSMENT_WITHIN_45WD_PCT("single_assessment_within_45wd_pct", "percent", "Assessment processes completed within 45 working days of referral, under either regime", "single_assessment_within_45wd_pct (CIN census from 2013-14)", pct(Raw.ASSESSMENTS_WITHIN_45WD, Raw.ASSESSMENTS_COMPLETED)),
    SINGLE_ASSESSMENT_MEDIAN_WD("single_assessment_median_wd", "working days", "Median working days from referral to completion of the assessment process", "single_assessment_median_wd", t -> t.quantile(Sample.ASSESSMENT_DURATION, 0.5)),
    ASSESSMENT_DURATION_P90_WD("assessment_duration_p90_wd", "working days", "90th percentile of working days from referral to completion of the assessment process", "", t -> t.quantile(Sample.ASSESSMENT_DURATION, 0.9)),
    ASSESSMENT_ACCURACY_PCT("assessment_accuracy_pct", "percent", "Completed assessments whose decision band matched the child's true need level", "", pct(Raw.ASSESSMENTS_ACCURATE, Raw.ASSESSMENTS_COMPLETED)),
    ASSESSMENT_UNDER_CALLED_PCT("assessment_under_called_pct", "percent", "Completed assessments that judged need lower than it was (missed need)", "", pct(Raw.ASSESSMENTS_UNDER, Raw.ASSESSMENTS_COMPLETED)),
    ASSESSMENT_OVER_CALLED_PCT("assessment_over_called_pct", "percent", "Completed assessments that judged need higher than it was", "", pct(Raw.ASSESSMENTS_OVER, Raw.ASSESSMENTS_COMPLETED)),
    ASSESSMENT_DIRECT_HOURS_MEAN("assessment_direct_hours_mean", "hours", "Mean hours of direct work with the family per completed assessment process", "", ratio(Raw.ASSESSMENT_DIRECT_HOURS, Raw.ASSESSMENTS_COMPLETED)),
    REFERRALS_ASSESSED_NOT_IN_NEED_PCT("referrals_assessed_not_in_need_pct", "percent of referrals", "Assessment processes ending in no further action, as a share of referrals", "referrals_assessed_not_in_need_pct (CIN census)", pct(Raw.ASSESSMENTS_NOT_IN_NEED, Raw.REFERRALS)),
    ASSESSMENT_WAIT_DAYS_MEAN("assessment_wait_days_mean", "days", "Mean calendar days from referral to allocation to a social worker, over allocations in the period", "", ratio(Raw.ALLOCATION_WAIT_DAYS, Raw.ALLOCATIONS)),
    ASSESSMENT_WAITED_PCT("assessment_waited_pct", "percent", "Share of allocations in the period where the referral had to wait for a free social worker", "", pct(Raw.ALLOCATIONS_WAITED, Raw.ALLOCATIONS)),
    ASSESSMENTS_OPEN_MEAN("assessments_open_mean", "assessments", "Time-average number of referrals waiting for or in assessment", "", perDay(Raw.OPEN_ASSESSMENT_DAYS)),
    ASSESSMENT_TIME_IN_SYSTEM_DAYS_MEAN("assessment_time_in_system_days_mean", "days", "Mean calendar days from referral to completion, over assessment processes completed in the period", "", ratio(Raw.TIME_IN_SYSTEM_DAYS, Raw.ASSESSMENTS_COMPLETED)),
    ASSESSMENT_ARRIVALS_PER_DAY("assessment_arrivals_per_day", "referrals per day", "Referrals entering assessment per calendar day in the period", "", perDay(Raw.ASSESSMENT_ARRIVALS)),

    // Child protection, children in need, care
    SECTION47_ENQUIRIES("section47_enquiries", "enquiries", "Section 47 enquiries started in the period", "section47_enquiries (CIN census)", raw(Raw.SECTION47)),
    SECTION47_RATE_PER_10K("section47_rate_per_10k", "per 10,000 children", "Section 47 enquiries started per 10,000 children", "section47_rate_per_10k (CIN census)", per10k(Raw.SECTION47)),
    INITIAL_CP_CONFERENCES("initial_cp_conferences", "conferences", "Initial child protection conferences held in the period", "initial_cp_conferences (CIN census)", raw(Raw.CONFERENCES)),
    CP_PLANS_STARTED("cp_plans_started", "plans", "Child protection plans started in the period", "cp_plans_started (CIN census)", raw(Raw.CP_STARTED)),
    CP_PLAN_START_RATE_PER_10K("cp_plan_start_rate_per_10k", "per 10,000 children", "Child protection plans started per 10,000 children", "cp_plan_start_rate_per_10k (CIN census)", per10k(Raw.CP_STARTED)),
    CP_PLANS_REPEAT_PCT("cp_plans_repeat_pct", "percent of plans starting", "Plans started for a child who had been on a plan before (any time), as a share of plans started", "cp_plans_repeat_pct (CIN census: second or subsequent plan)", pct(Raw.CP_REPEAT, Raw.CP_STARTED)),
    CP_PLANS_ENDED("cp_plans_ended", "plans", "Child protection plans ended in the period", "cp_plans_ended (CIN census)", raw(Raw.CP_ENDED)),
    CP_PLANS_ENDED_2YRS_PLUS_PCT("cp_plans_ended_2yrs_plus_pct", "percent of plans ending", "Child protection plans ended in the period that had lasted 2 years or more, as a share of plans ended", "cp_plans_ended_2yrs_plus_pct (CIN census)", pct(Raw.CP_ENDED_2YRS_PLUS, Raw.CP_ENDED)),
    CP_PLANS_AT_END("cp_plans_at_31_march", "children", "Children on a child protection plan at the end of the period", "cp_plans_at_31_march (CIN census)", stock(Stock.CP_PLANS)),
    CP_PLAN_RATE_PER_10K("cp_plan_rate_per_10k", "per 10,000 children", "Children on a child protection plan at the end of the period per 10,000 children", "cp_plan_rate_per_10k (CIN census, at 31 March)", per10k(Stock.CP_PLANS)),
    CP_AT_END_UNDER_3M_PCT("cp_at_31_march_under_3m_pct", "percent", "Children on a child protection plan at the end of the period whose plan had lasted under 3 months, as a share of all on a plan", "cp_at_31_march_under_3m_pct (CIN census)", pct(Stock.CP_PLANS_UNDER_3M, Stock.CP_PLANS)),
    CP_AT_END_2YRS_PLUS_PCT("cp_at_31_march_2yrs_plus_pct", "percent", "Children on a child protection plan at the end of the period whose plan had lasted 2 years or more, as a share of all on a plan", "cp_at_31_march_2yrs_plus_pct (CIN census)", pct(Stock.CP_PLANS_2YRS_PLUS, Stock.CP_PLANS)),
    CIN_PLANS_STARTED("cin_plans_started", "plans", "Child in need plans started in the period", "", raw(Raw.CIN_PLANS_STARTED)),
    CIN_EPISODES_STARTED("cin_episodes_started", "episodes", "Episodes of need started: referrals going to a section 47 enquiry, or assessed as in need (not closed with no further action)", "cin_episodes_started (CIN census)", raw(Raw.CIN_EPISODES_STARTED)),
    CIN_AT_END("cin_at_31_march", "children", "Children in need at the end of the period: open social care cases (in assessment, enquiry, on a plan or looked after)", "cin_at_31_march (CIN census)", stock(Stock.CIN)),
    CIN_RATE_PER_10K("cin_rate_per_10k", "per 10,000 children", "Children in need at the end of the period per 10,000 children", "cin_rate_per_10k (CIN census, at 31 March)", per10k(Stock.CIN)),
    LOOKED_AFTER_STARTED("cla_started_in_year", "children", "Children who started to be looked after in the period", "cla_started_in_year (SSDA903)", raw(Raw.LAC_STARTED)),
    LOOKED_AFTER_CEASED("cla_ceased_in_year", "children", "Children who ceased to be looked after in the period", "cla_ceased_in_year (SSDA903)", raw(Raw.LAC_CEASED)),
    LOOKED_AFTER_AT_END("looked_after_at_31_march", "children", "Looked-after children at the end of the period", "looked_after_at_31_march (SSDA903)", stock(Stock.LOOKED_AFTER)),
    LOOKED_AFTER_RATE_PER_10K("looked_after_rate_per_10k", "per 10,000 children", "Looked-after children at the end of the period per 10,000 children", "looked_after_rate_per_10k (SSDA903, at 31 March)", per10k(Stock.LOOKED_AFTER)),

    // Early help
    EARLY_HELP_EPISODES_STARTED("early_help_episodes_started", "episodes", "Early help episodes started in the period", "", raw(Raw.EH_STARTED)),
    EARLY_HELP_ACTIVE_AT_END("early_help_active_at_end", "children", "Children in an early help episode at the end of the period", "", stock(Stock.EH_ACTIVE)),
    EARLY_HELP_WAITING_AT_END("early_help_waiting_at_end", "children", "Children on the early help waiting list at the end of the period", "", stock(Stock.EH_WAITING)),
    EARLY_HELP_WAIT_DAYS_MEAN("early_help_wait_days_mean", "days", "Mean days waited for an early help place, over episodes started in the period", "", ratio(Raw.EH_WAIT_DAYS, Raw.EH_STARTED)),
    EARLY_HELP_OFFERS_DECLINED("early_help_offers_declined", "offers", "Offers of early help declined by families (it is voluntary)", "", raw(Raw.EH_DECLINED)),

    // The child's journey and outcomes
    NEED_TO_HELP_DAYS_MEDIAN("need_to_help_days_median", "days", "Median days from a child's need arising (leaving level none) to the first help (early help or a plan), over help started in the period", "", t -> t.quantile(Sample.NEED_TO_HELP, 0.5)),
    NEED_TO_HELP_DAYS_MEAN("need_to_help_days_mean", "days", "Mean days from need arising to the first help, over help started in the period", "", ratio(Raw.NEED_TO_HELP_DAYS, Raw.NEED_TO_HELP_N)),
    HARM_DAYS_PER_10K("harm_days_per_10k", "child-days per 10,000 children", "Child-days at significant harm without a protection plan or care, per 10,000 children", "", per10k(Raw.HARM_DAYS)),
    UNMET_EMERGING_DAYS_PER_10K("unmet_need_emerging_days_per_10k", "child-days per 10,000 children", "Child-days at emerging need with no help of any kind, per 10,000 children", "", per10k(Raw.UNMET_EMERGING_DAYS)),
    UNMET_COMPLEX_DAYS_PER_10K("unmet_need_complex_days_per_10k", "child-days per 10,000 children", "Child-days at complex need with no plan or care, per 10,000 children", "", per10k(Raw.UNMET_COMPLEX_DAYS)),
    NEED_EMERGING_AT_END("need_emerging_at_end", "children", "Children whose true need is emerging at the end of the period", "", stock(Stock.NEED_EMERGING)),
    NEED_COMPLEX_AT_END("need_complex_at_end", "children", "Children whose true need is complex at the end of the period", "", stock(Stock.NEED_COMPLEX)),
    NEED_SIGNIFICANT_HARM_AT_END("need_significant_harm_at_end", "children", "Children at significant harm (true need) at the end of the period", "", stock(Stock.NEED_SIGNIFICANT_HARM)),

    // Children by service state, with flows in and out, for conservation checks (stock change = in - out)
    STATE_NOT_KNOWN_AT_END("state_not_known_at_end", "children", "Children not known to early help or social care at the end of the period", "", t -> t.atEnd(ServiceState.NOT_KNOWN)),
    STATE_NOT_KNOWN_IN("state_not_known_in", "children", "Children entering the state not_known in the period (births included)", "", t -> t.in(ServiceState.NOT_KNOWN)),
    STATE_NOT_KNOWN_OUT("state_not_known_out", "children", "Children leaving the state not_known in the period (ageing out included)", "", t -> t.out(ServiceState.NOT_KNOWN)),
    STATE_EARLY_HELP_AT_END("state_early_help_at_end", "children", "Children waiting for or receiving early help at the end of the period", "", t -> t.atEnd(ServiceState.EARLY_HELP)),
    STATE_EARLY_HELP_IN("state_early_help_in", "children", "Children entering the state early_help in the period", "", t -> t.in(ServiceState.EARLY_HELP)),
    STATE_EARLY_HELP_OUT("state_early_help_out", "children", "Children leaving the state early_help in the period (ageing out included)", "", t -> t.out(ServiceState.EARLY_HELP)),
    STATE_ASSESSMENT_AT_END("state_assessment_at_end", "children", "Children referred and waiting for or in assessment at the end of the period", "", t -> t.atEnd(ServiceState.ASSESSMENT)),
    STATE_ASSESSMENT_IN("state_assessment_in", "children", "Children entering the state assessment in the period", "", t -> t.in(ServiceState.ASSESSMENT)),
    STATE_ASSESSMENT_OUT("state_assessment_out", "children", "Children leaving the state assessment in the period (ageing out included)", "", t -> t.out(ServiceState.ASSESSMENT)),
    STATE_SECTION47_AT_END("state_section47_at_end", "children", "Children in a section 47 enquiry or awaiting an initial conference at the end of the period", "", t -> t.atEnd(ServiceState.SECTION47)),
    STATE_SECTION47_IN("state_section47_in", "children", "Children entering the state section47 in the period", "", t -> t.in(ServiceState.SECTION47)),
    STATE_SECTION47_OUT("state_section47_out", "children", "Children leaving the state section47 in the period (ageing out included)", "", t -> t.out(ServiceState.SECTION47)),
    STATE_CIN_PLAN_AT_END("state_cin_plan_at_end", "children", "Children on a child in need plan at the end of the period", "", t -> t.atEnd(ServiceState.CIN_PLAN)),
    STATE_CIN_PLAN_IN("state_cin_plan_in", "children", "Children entering the state cin_plan in the period", "", t -> t.in(ServiceState.CIN_PLAN)),
    STATE_CIN_PLAN_OUT("state_cin_plan_out", "children", "Children leaving the state cin_plan in the period (ageing out included)", "", t -> t.out(ServiceState.CIN_PLAN)),
    STATE_CP_PLAN_AT_END("state_cp_plan_at_end", "children", "Children on a child protection plan at the end of the period", "", t -> t.atEnd(ServiceState.CP_PLAN)),
    STATE_CP_PLAN_IN("state_cp_plan_in", "children", "Children entering the state cp_plan in the period", "", t -> t.in(ServiceState.CP_PLAN)),
    STATE_CP_PLAN_OUT("state_cp_plan_out", "children", "Children leaving the state cp_plan in the period (ageing out included)", "", t -> t.out(ServiceState.CP_PLAN)),
    STATE_LOOKED_AFTER_AT_END("state_looked_after_at_end", "children", "Children looked after at the end of the period", "", t -> t.atEnd(ServiceState.LOOKED_AFTER)),
    STATE_LOOKED_AFTER_IN("state_looked_after_in", "children", "Children entering the state looked_after in the period", "", t -> t.in(ServiceState.LOOKED_AFTER)),
    STATE_LOOKED_AFTER_OUT("state_looked_after_out", "children", "Children leaving the state looked_after in the period (ageing out included)", "", t -> t.out(ServiceState.LOOKED_AFTER)),

    // Workforce
    SW_CASE_HOLDERS_FTE("sw_case_holders_fte", "FTE", "Case-holding social workers in post at the end of the period, agency included", "sw_case_holders_fte (workforce census from 2017, 30 Sep: case holders, agency workers included)", stock(Stock.SW_IN_POST)),
    SW_VACANCY_RATE_FTE_PCT("sw_vacancy_rate_fte_pct", "percent", "Funded posts without a permanent worker at the end of the period, as a share of funded posts", "sw_vacancy_rate_fte_pct (workforce census)", pct(Stock.SW_POSTS_WITHOUT_PERMANENT, Stock.SW_FUNDED_POSTS)),
    SW_AGENCY_RATE_FTE_PCT("sw_agency_rate_fte_pct", "percent", "Agency workers as a share of workers in post at the end of the period", "sw_agency_rate_fte_pct (workforce census)", pct(Stock.SW_AGENCY, Stock.SW_IN_POST)),
    SW_TURNOVER_RATE_FTE_PCT("sw_turnover_rate_fte_pct", "percent", "Permanent workers leaving in the period per permanent worker-year in post (100 x the leaving hazard)", "sw_turnover_rate_fte_pct (workforce census)", t -> Stats.pct(t.raw(Raw.SW_PERMANENT_LEAVERS), t.raw(Raw.SW_PERMANENT_DAYS) / 365.25)),
    SW_CASELOAD_MEAN("sw_caseload_per_case_holder", "cases per worker", "Mean cases held per worker in post at the end of the period", "sw_caseload_per_case_holder (workforce census)", stock(Stock.SW_CASELOAD_MEAN)),
    SW_CASELOAD_P90("sw_caseload_p90", "cases per worker", "90th percentile of cases held per worker at the end of the period", "", stock(Stock.SW_CASELOAD_P90)),
    SW_STRESS_MEAN("sw_stress_mean", "stress units", "Mean stress of workers in post at the end of the period", "", stock(Stock.SW_STRESS_MEAN)),
    SW_STRESS_P90("sw_stress_p90", "stress units", "90th percentile of worker stress at the end of the period", "", stock(Stock.SW_STRESS_P90)),
    SW_DIRECT_WORK_SHARE_PCT("sw_direct_work_share_pct", "percent of worker time", "Share of worker hours spent in direct work with children and families", "", pct(Raw.HOURS_DIRECT, Raw.HOURS_CONTRACTED)),
    SW_RECORDING_SHARE_PCT("sw_recording_share_pct", "percent of worker time", "Share of worker hours spent recording", "", pct(Raw.HOURS_RECORDING, Raw.HOURS_CONTRACTED)),
    SW_PERMANENT_LEAVERS("sw_permanent_leavers", "FTE", "Permanent workers leaving in the period", "sw_leavers_fte (workforce census)", raw(Raw.SW_PERMANENT_LEAVERS)),
    SW_PERMANENT_YEARS("sw_permanent_fte_years", "FTE-years", "Permanent worker-years in post during the period (the exposure behind the turnover rate)", "", t -> t.raw(Raw.SW_PERMANENT_DAYS) / 365.25),
    SW_APPOINTMENTS("sw_appointments", "FTE", "Permanent appointments to vacant posts in the period", "sw_starters_fte (workforce census)", raw(Raw.SW_APPOINTMENTS)),
    SW_VACANCY_DURATION_DAYS_MEAN("sw_vacancy_duration_days_mean", "days", "Mean days from a post falling vacant to a permanent appointment, over appointments in the period", "", ratio(Raw.SW_VACANCY_DAYS, Raw.SW_APPOINTMENTS)),
    SW_DEADLINES_MISSED("sw_deadlines_missed", "assessments", "Assessments completed after their prescribed deadline", "", raw(Raw.DEADLINES_MISSED)),
    CASES_AWAITING_ALLOCATION_AT_END("cases_awaiting_allocation_at_end", "cases", "Referrals waiting for a social worker at the end of the period", "", stock(Stock.AWAITING_ALLOCATION)),

    // Money
    COST_SOCIAL_WORK_GBP("cost_social_work_gbp", "GBP (price year of the scenario)", "Salaried and agency social work cost in the period", "", t -> t.raw(Raw.COST_SOCIAL_WORK) + t.raw(Raw.COST_AGENCY_PREMIUM)),
    COST_AGENCY_PREMIUM_GBP("cost_agency_premium_gbp", "GBP (price year of the scenario)", "Cost of agency workers above salaried cost in the period", "", raw(Raw.COST_AGENCY_PREMIUM)),
    COST_EARLY_HELP_GBP("cost_early_help_gbp", "GBP (price year of the scenario)", "Cost of early help places funded in the period", "", raw(Raw.COST_EARLY_HELP)),
    COST_CONFERENCES_GBP("cost_conferences_gbp", "GBP (price year of the scenario)", "Cost of child protection conferences in the period", "", raw(Raw.COST_CONFERENCES)),
    COST_CARE_GBP("cost_care_gbp", "GBP (price year of the scenario)", "Cost of care placements (foster and residential) in the period", "", raw(Raw.COST_CARE)),
    COST_TOTAL_GBP("cost_total_gbp", "GBP (price year of the scenario)", "All costs above", "", PeriodTotals::totalCost),
    CHILDREN_HELPED("children_helped", "children", "Episodes of help started in the period: early help, a plan or care (a child stepping from one to another counts again)", "", raw(Raw.CHILDREN_HELPED)),
    COST_PER_CHILD_HELPED_GBP("cost_per_child_helped_gbp", "GBP (price year of the scenario)", "Total cost divided by children helped", "", t -> Stats.ratio(t.totalCost(), t.raw(Raw.CHILDREN_HELPED)));

    private final String id;
    private final String unit;
    private final String definition;
    private final String nationalStatistic;
    private final Derivation derivation;

    Indicator(String id, String unit, String definition, String nationalStatistic, Derivation derivation) {
        this.id = id;
        this.unit = unit;
        this.definition = definition;
        this.nationalStatistic = nationalStatistic;
        this.derivation = derivation;
    }

    /** How an indicator's value for a period comes from the period's tallies, stocks and samples. */
    interface Derivation {
        double of(PeriodTotals t);
    }

    double derive(PeriodTotals t) { return derivation.of(t); }

    // The common forms, so each indicator above reads as its definition.
    private static Derivation raw(Raw r) { return t -> t.raw(r); }
    private static Derivation stock(Stock s) { return t -> t.stock(s); }
    private static Derivation pct(Raw num, Raw den) { return t -> Stats.pct(t.raw(num), t.raw(den)); }
    private static Derivation pct(Stock num, Stock den) { return t -> Stats.pct(t.stock(num), t.stock(den)); }
    private static Derivation ratio(Raw num, Raw den) { return t -> Stats.ratio(t.raw(num), t.raw(den)); }
    private static Derivation per10k(Raw r) { return t -> Stats.per10k(t.raw(r), t.children()); }
    private static Derivation per10k(Stock s) { return t -> Stats.per10k(t.stock(s), t.children()); }
    private static Derivation perDay(Raw r) { return t -> t.raw(r) / t.days(); }

    public String id() { return id; }
    public String unit() { return unit; }
    public String definition() { return definition; }
    public String nationalStatistic() { return nationalStatistic; }

    public static Indicator byId(String id) {
        for (Indicator i : values()) if (i.id.equals(id)) return i;
        return null;
    }
}
