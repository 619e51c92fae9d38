package org.cpsim.model.config;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.cpsim.model.testing.TestScenarios;
import org.cpsim.model.testing.Records;
import org.cpsim.model.config.Scenario;
import org.cpsim.model.config.ScenarioConfig;
import org.junit.jupiter.api.Test;

/**
 * A cluster executor (cpsim-spark) ships scenarios to its workers with Java serialization. A record
 * added to the configuration without {@code implements Serializable} fails here, in the model's own
 * build, rather than as a NotSerializableException on a cluster.
 */
class SerializableConfigTest {

    @Test
    void everyRecordReachableFromAScenarioIsSerializable() {
        Set<Class<?>> seen = new LinkedHashSet<>();
        reach(Scenario.class, seen);
        List<String> not = new ArrayList<>();
        for (Class<?> c : seen) if (!Serializable.class.isAssignableFrom(c)) not.add(c.getName());
        assertTrue(seen.size() > 20, "walked the configuration: " + seen);
        assertEquals(List.of(), not, "records a Scenario holds that are not Serializable");
    }

    @Test
    void aScenarioWithATimelineSurvivesARoundTrip() throws Exception {
        ScenarioConfig base = TestScenarios.authority(10_000, 2, 1);
        ScenarioConfig later = Records.with(base, "agencies.concernRateMultiplier", 0.5);
        Scenario scenario = new Scenario(base, List.of(new Scenario.PolicyChange(LocalDate.of(2010, 1, 1), "fewer concerns", later)));
        assertEquals(scenario, roundTrip(scenario));
    }

    /** Records, and the element types of their lists; enums, strings, numbers and dates are Serializable already. */
    private static void reach(Type type, Set<Class<?>> seen) {
        if (type instanceof ParameterizedType p) {
            for (Type arg : p.getActualTypeArguments()) reach(arg, seen);
            return;
        }
        if (!(type instanceof Class<?> c) || !c.isRecord() || !seen.add(c)) return;
        for (RecordComponent rc : c.getRecordComponents()) reach(rc.getGenericType(), seen);
    }

    private static Object roundTrip(Object o) throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(o);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return in.readObject();
        }
    }
}
