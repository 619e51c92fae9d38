package org.cpsim.experiments.output;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** A CSV or other text file in UTF-8, written by a writer of rows: into a staging folder, or as an atomic file's content. */
public final class TextFile {
    private TextFile() {}

    /** Writes text to a {@link Writer}; every CSV writer of cpsim has this shape. */
    @FunctionalInterface
    public interface Text {
        void writeTo(Writer w) throws IOException;
    }

    public static void write(Path file, Text text) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            text.writeTo(w);
        }
    }

    /** The text as the content of an {@link AtomicFile} (a sweep's or calibration's results). */
    public static AtomicFile.Content content(Text text) {
        return out -> {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            text.writeTo(w);
            w.flush();
        };
    }
}
