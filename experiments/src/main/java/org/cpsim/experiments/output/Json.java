package org.cpsim.experiments.output;

import java.io.IOException;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;

/** Manifests and other JSON files, all written the same way: indented, keys in the order the map holds them. */
public final class Json {
    private static final ObjectWriter PRETTY = new ObjectMapper().writerWithDefaultPrettyPrinter();

    private Json() {}

    public static void write(Path file, Object value) throws IOException {
        PRETTY.writeValue(file.toFile(), value);
    }

    public static byte[] bytes(Object value) throws IOException {
        return PRETTY.writeValueAsBytes(value);
    }

    /** The JSON as an atomic file's content (a sweep's or calibration's manifest). */
    public static AtomicFile.Content content(Object value) {
        return out -> out.write(bytes(value));
    }
}
