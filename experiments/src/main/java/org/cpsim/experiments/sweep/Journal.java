package org.cpsim.experiments.sweep;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;

import org.cpsim.experiments.output.OutputFolderException;
import org.cpsim.experiments.runner.RunRecord;

/**
 * The sweep's record of finished runs, one line each, appended and forced to disk (fsync) before
 * the next, so a sweep killed at any moment loses at most the runs in progress. A line is
 * {@code point,replication,value,...,crc}: values exactly as Java prints doubles (they read back
 * bit for bit), and a CRC-32 of the rest, so a line torn by the kill is recognised and dropped.
 */
public final class Journal implements Closeable {
    public static final String FILE_NAME = ".sweep-journal.csv";

    private final FileChannel channel;
    private final Map<RunKey, RunRecord> records;
    private final Shape shape;

    /** What every line must look like: how many outcomes, and the ranges of point and replication. */
    record Shape(int outcomes, int points, int replications) {}

    private Journal(FileChannel channel, Map<RunKey, RunRecord> records, Shape shape) {
        this.channel = channel;
        this.records = records;
        this.shape = shape;
    }

    /** Opens (or creates) the journal for appending, first cutting off a torn last line. */
    public static Journal open(Path file, int outcomes, int points, int replications) throws IOException {
        Shape shape = new Shape(outcomes, points, replications);
        Contents contents = Files.exists(file) ? parse(file, shape) : new Contents(new LinkedHashMap<>(), 0);
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        try {
            if (channel.size() > contents.validBytes()) {
                channel.truncate(contents.validBytes());
                channel.force(true);
            }
            channel.position(contents.validBytes());
        } catch (IOException e) {
            channel.close();
            throw e;
        }
        return new Journal(channel, contents.records(), shape);
    }

    /** The finished runs found when the journal was opened. */
    public Map<RunKey, RunRecord> records() { return Collections.unmodifiableMap(records); }

    /** Appends one finished run and forces it to disk before returning. */
    public void append(RunRecord r) throws IOException {
        if (r.outcomes().length != shape.outcomes()) throw new IllegalArgumentException("expected " + shape.outcomes() + " outcomes, got " + r.outcomes().length);
        ByteBuffer line = ByteBuffer.wrap(line(r).getBytes(StandardCharsets.UTF_8));
        while (line.hasRemaining()) channel.write(line);
        channel.force(false);
    }

    /** Every finished run in a journal, by point then replication. */
    public static List<RunRecord> read(Path file, int outcomes, int points, int replications) throws IOException {
        List<RunRecord> out = new ArrayList<>(parse(file, new Shape(outcomes, points, replications)).records().values());
        out.sort(Comparator.comparingInt(RunRecord::point).thenComparingInt(RunRecord::replication));
        return out;
    }

    @Override
    public void close() throws IOException { channel.close(); }

    static String line(RunRecord r) {
        StringBuilder b = new StringBuilder().append(r.point()).append(',').append(r.replication());
        for (double v : r.outcomes()) b.append(',').append(v);
        String body = b.toString();
        return body + ',' + crc(body) + '\n';
    }

    private record Contents(Map<RunKey, RunRecord> records, long validBytes) {}

    private static Contents parse(Path file, Shape shape) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        Map<RunKey, RunRecord> records = new LinkedHashMap<>();
        long valid = 0;
        int start = 0, lineNumber = 0;
        while (start < bytes.length) {
            int end = start;
            while (end < bytes.length && bytes[end] != '\n') end++;
            lineNumber++;
            // A line without its newline was being written when the sweep stopped: not a finished run.
            if (end == bytes.length) break;
            RunRecord r = parseLine(new String(bytes, start, end - start, StandardCharsets.UTF_8), shape);
            if (r == null) {
                // The last line alone may be torn; a bad line with finished runs after it is damage.
                if (end + 1 == bytes.length) break;
                throw damaged(file, lineNumber, "it is not a finished run");
            }
            RunKey key = new RunKey(r.point(), r.replication());
            RunRecord earlier = records.putIfAbsent(key, r);
            if (earlier != null && !earlier.equals(r)) throw damaged(file, lineNumber, "point " + r.point() + " replication " + r.replication() + " is there twice with different results");
            valid = end + 1;
            start = end + 1;
        }
        return new Contents(records, valid);
    }

    /** The run on a line, or null if the line is not a whole, intact run of this sweep. */
    private static RunRecord parseLine(String line, Shape shape) {
        int lastComma = line.lastIndexOf(',');
        if (lastComma < 0 || !line.substring(lastComma + 1).equals(crc(line.substring(0, lastComma)))) return null;
        String[] f = line.substring(0, lastComma).split(",", -1);
        if (f.length != 2 + shape.outcomes()) return null;
        try {
            int point = Integer.parseInt(f[0]), replication = Integer.parseInt(f[1]);
            if (point < 0 || point >= shape.points() || replication < 0 || replication >= shape.replications()) return null;
            double[] values = new double[shape.outcomes()];
            for (int i = 0; i < values.length; i++) values[i] = Double.parseDouble(f[2 + i]);
            return new RunRecord(point, replication, values);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String crc(String body) {
        CRC32 crc = new CRC32();
        crc.update(body.getBytes(StandardCharsets.UTF_8));
        return String.format("%08x", crc.getValue());
    }

    private static OutputFolderException damaged(Path file, int line, String why) {
        return new OutputFolderException("the sweep journal " + file + " is damaged at line " + line + " (" + why
                + "); delete its folder to run the sweep again from the start");
    }
}
