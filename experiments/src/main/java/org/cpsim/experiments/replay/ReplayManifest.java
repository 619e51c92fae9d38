package org.cpsim.experiments.replay;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;


import org.cpsim.experiments.io.ResolvedScenario;
import org.cpsim.experiments.output.Json;
import org.cpsim.experiments.output.Provenance;
import org.cpsim.experiments.output.ResolvedScenarioJson;
import org.cpsim.model.metrics.Indicator;
import org.cpsim.model.metrics.Period;

/**
 * What produced a replay: the code, the command, each authority's two scenario files and hashes, its
 * trial window and weight, how the pool is formed, the shared seed and the cost of the run. The
 * top-level {@code manifest.json} says all of it; the pooled folder's says what the pool is made of.
 *
 * @param headlines one per authority in the order of {@code authorities}, then the pool's
 */
public record ReplayManifest(
        Provenance provenance,
        Path scenariosFolder,
        List<TrialAuthority> authorities,
        List<ReplayHeadline.Rows> headlines,
        long peakHeapBytes,
        long eventsProcessed,
        List<String> files) {

    public static final String FILE_NAME = "manifest.json";
    public static final String POOLED_FOLDER = "pooled";
    private static final String PAIRING = "replication r of trial and counterfactual runs with the same seed and random streams (common random numbers); "
            + "differences are trial - counterfactual per replication, with a Student-t 95% interval over replications";

    public ReplayManifest {
        authorities = List.copyOf(authorities);
        headlines = List.copyOf(headlines);
        files = List.copyOf(files);
        if (headlines.size() != authorities.size() + 1) throw new IllegalArgumentException("a headline for every authority and one for the pool");
    }

    public void write(Path file) throws IOException {
        Json.write(file, toMap());
    }

    /**
     * The pooled folder's manifest: its two synthetic scenarios and what each is made of, each also
     * described as a scenario (shared values and sources, shared policy dates, a hash of its members)
     * so that the brief and the charts read it as they read a comparison's.
     */
    public void writePooled(Path file, List<String> pooledFiles) throws IOException {
        Map<String, Object> m = provenance.head();
        m.put("baseline", Pooling.COUNTERFACTUAL);
        double[] weights = Pooling.weights(authorities);
        List<Map<String, Object>> scenarios = new ArrayList<>();
        for (String arm : List.of(Pooling.COUNTERFACTUAL, Pooling.TRIAL)) {
            List<Map<String, Object>> parts = new ArrayList<>();
            List<ResolvedScenario> members = new ArrayList<>();
            for (int a = 0; a < authorities.size(); a++) {
                ResolvedScenario s = arm.equals(Pooling.TRIAL) ? authorities.get(a).trial() : authorities.get(a).counterfactual();
                members.add(s);
                Map<String, Object> e = scenario(s);
                e.put("weight", weights[a]);
                parts.add(e);
            }
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("name", arm);
            e.put("sha256", PooledScenario.sha256(members, weights));
            e.put("pooledFrom", parts);
            e.put("resolvedScenario", PooledScenario.values(members));
            e.put("timeline", PooledScenario.sharedTimeline(members));
            scenarios.add(e);
        }
        m.put("scenarios", scenarios);
        m.put("pooling", Pooling.DEFINITION);
        provenance.putSeed(m);
        m.put("pairing", PAIRING);
        m.put("trialYears", years(headlines.get(headlines.size() - 1)));
        provenance.putMachine(m);
        m.put("files", pooledFiles);
        Json.write(file, m);
    }

    Map<String, Object> toMap() {
        Map<String, Object> m = provenance.head();
        m.put("question", "each trial authority against its own counterfactual: the same authority keeping the prescribed "
                + "assessment timescales until the national change; baseline = counterfactual, variant = trial");
        m.put("scenariosFolder", scenariosFolder.toString());
        provenance.putSeed(m);
        m.put("pairing", PAIRING);
        double[] weights = Pooling.weights(authorities);
        List<Map<String, Object>> list = new ArrayList<>();
        for (int a = 0; a < authorities.size(); a++) {
            TrialAuthority t = authorities.get(a);
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("name", t.name());
            e.put("folder", t.name());
            e.put("children", t.children());
            e.put("weight", weights[a]);
            e.put("trialStart", t.trialStart().toString());
            e.put("trialEnd", t.trialEnd() == null ? null : t.trialEnd().toString());
            e.put("trialYears", years(headlines.get(a)));
            e.put("trial", scenario(t.trial()));
            e.put("counterfactual", scenario(t.counterfactual()));
            list.add(e);
        }
        m.put("authorities", list);
        Map<String, Object> pooled = new LinkedHashMap<>();
        pooled.put("folder", POOLED_FOLDER);
        pooled.put("authorities", authorities.stream().map(TrialAuthority::name).toList());
        pooled.put("definition", Pooling.DEFINITION);
        pooled.put("trialYears", years(headlines.get(headlines.size() - 1)));
        m.put("pooled", pooled);
        m.put("headlineIndicators", ReplayHeadline.INDICATORS.stream().map(Indicator::id).toList());
        m.put("trialYearRule", "a statistical year in which the trial was in force for at least half the days");
        provenance.putMachine(m);
        Provenance.putCost(m, peakHeapBytes, eventsProcessed);
        m.put("files", files);
        return m;
    }

    private static Map<String, Object> scenario(ResolvedScenario s) {
        return ResolvedScenarioJson.identity(s);
    }

    private static List<String> years(ReplayHeadline.Rows rows) {
        return rows.years().stream().map(Period::label).toList();
    }
}
