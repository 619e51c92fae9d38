package org.cpsim.experiments.io;

import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/** Authority names as people type them and files spell them: case, spaces, hyphens and "&" for "and" do not matter. */
public final class AuthorityName {
    private AuthorityName() {}

    /** "Kensington & Chelsea", "kensington-and-chelsea" and "Kensington and Chelsea" all give kensington-and-chelsea. */
    public static String key(String typed) {
        return typed.strip().toLowerCase(Locale.ROOT).replace("&", " and ").replaceAll("[\\s_-]+", "-").replaceAll("^-|-$", "");
    }

    /**
     * Nothing, if the files name {@code typed} in their authority column; else why not, listing the names
     * they do have (for the error a typing mistake deserves).
     */
    public static java.util.Optional<String> missingFrom(List<ObservedData> files, String typed) {
        TreeSet<String> names = new TreeSet<>();
        for (ObservedData d : files) for (ObservedData.Observation o : d.observations()) if (!o.authority().isEmpty()) names.add(o.authority());
        if (names.stream().anyMatch(n -> key(n).equals(key(typed)))) return java.util.Optional.empty();
        return java.util.Optional.of(names.isEmpty() ? "the observed files have no authority column with values" : "the files have: " + String.join(", ", names));
    }
}
