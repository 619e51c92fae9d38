package org.cpsim.experiments.verification;

import static org.junit.jupiter.api.Assertions.*;

import java.time.LocalDate;
import java.util.List;

import org.cpsim.model.config.AssessmentConfig;
import org.cpsim.model.config.ScenarioConfig;
import org.junit.jupiter.api.Test;

class DegenerateQueueScenarioTest {

    private final DegenerateQueueScenario queue = new DegenerateQueueScenario(9.2, 10, 1.0, 1_000_000, 3, 1);
    private final ScenarioConfig config = queue.scenario().initial();

    @Test
    void everyDayIsAWorkingDayAfterAWarmUp() {
        var cal = config.calendar();
        assertEquals(LocalDate.of(2010, 4, 1), cal.reportingStart());
        assertFalse(cal.weekendsAreNonWorking());
        assertEquals(List.of(), cal.bankHolidays());
        assertEquals(3, cal.reportingYears());
        assertTrue(cal.warmUpYears() >= 1);
        assertTrue(queue.scenario().timeline().isEmpty(), "no policy changes: the queue must be stationary");
    }

    @Test
    void referralsArriveAtLambdaPerDay() {
        var agencies = config.agencies();
        assertEquals(1, agencies.agencies().size());
        var source = agencies.agencies().get(0);
        double perDay = source.contactsPerChildPerYear() * config.population().children() / 365.25;
        assertEquals(9.2, perDay, 1e-9);
        for (int level = 0; level < 4; level++) assertEquals(1, source.noticeProbability().at(level));
        assertEquals(0, agencies.socialWorkAdviceAvailability());
        assertEquals(org.cpsim.model.config.Band.SOCIAL_CARE, config.frontDoor().thresholds().band(0), "need perceived at 0 must be referred for assessment");
        assertEquals(0, config.frontDoor().referralNoFurtherActionProbability());
    }

    @Test
    void cWorkersServeOneAtATimeWithExponentialWorkOfTheRightMean() {
        var w = config.workforce();
        assertEquals(10, Math.round(w.fundedPostsPer10kChildren() * config.population().children() / 10_000));
        assertEquals(1, w.caseloadCap());
        assertEquals(0, w.overheadShare());
        assertEquals(0, w.turnover().hazardPerYear(0, 0));
        var a = config.assessment();
        assertEquals(AssessmentConfig.Regime.LOCAL_FRAMEWORK, a.regime());
        assertEquals(AssessmentConfig.QueueOrder.ARRIVAL, a.localFramework().queueOrder());
        assertEquals(1, a.workHoursShape());
        assertEquals(0, a.localFramework().recordingHours());
        // Service days = hours / (hours per week / 7) when all seven days are working days.
        assertEquals(1.0, a.localFramework().directHours() / (w.hoursPerWeek() / 7), 1e-12);
        assertEquals(org.cpsim.model.config.Band.NO_FURTHER_ACTION, a.outcomeThresholds().band(0), "every assessment must end in no further action");
    }

    @Test
    void nobodyEverNeedsHelp() {
        var need = config.need();
        assertEquals(0, need.initialShares().emerging() + need.initialShares().complex() + need.initialShares().significantHarm());
        assertEquals(0, need.escalationPerYear().fromNone());
        assertEquals(0, config.earlyHelp().placesPer10kChildren());
        assertEquals(1000.0 / 18, config.population().birthsPerThousandChildrenPerYear(), 1e-12);
    }

    @Test
    void theoryUsesTheSameParameters() {
        ErlangC q = queue.theory();
        assertEquals(0.92, q.utilisation(), 1e-12);
        assertEquals("mmc-c10-rho0.92", queue.name());
    }

    @Test
    void defaultSuiteQueuesIncludeHeavyTrafficAndMatchDirectSummation() {
        var queues = VerificationSuite.defaultQueues();
        assertTrue(queues.size() >= 2);
        assertTrue(queues.stream().anyMatch(s -> s.theory().utilisation() > 0.9));
        for (DegenerateQueueScenario s : queues) {
            ErlangC q = s.theory();
            assertEquals(ErlangCTest.directSummation(q.servers(), q.offeredLoad()), q.probabilityOfWaiting(), 1e-12, s.name());
        }
    }

    @Test
    void rejectsWhatTheModelCannotRepresent() {
        assertThrows(IllegalArgumentException.class, () -> new DegenerateQueueScenario(9.2, 10, 1.0, 1_000_000, 3, 0));  // no warm-up
        assertThrows(IllegalArgumentException.class, () -> new DegenerateQueueScenario(10, 10, 1.0, 1_000_000, 3, 1));   // rho = 1
        assertThrows(IllegalArgumentException.class, () -> new DegenerateQueueScenario(5, 10, 0, 1_000_000, 3, 1));      // no service time
    }
}
