package org.cpsim.experiments.io;

import java.util.Locale;

/** Authority names as people type them and files spell them: case, spaces, hyphens and "&" for "and" do not matter. */
public final class AuthorityName {
    private AuthorityName() {}

    /** "Kensington & Chelsea", "kensington-and-chelsea" and "Kensington and Chelsea" all give kensington-and-chelsea. */
    public static String key(String typed) {
        return typed.strip().toLowerCase(Locale.ROOT).replace("&", " and ").replaceAll("[\\s_-]+", "-").replaceAll("^-|-$", "");
    }
}
