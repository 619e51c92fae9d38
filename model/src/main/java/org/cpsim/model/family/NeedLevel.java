package org.cpsim.model.family;

/** The latent need levels, as small ints (the population stores them in a byte array). */
public final class NeedLevel {
    private NeedLevel() {}

    public static final int NONE = 0;
    public static final int EMERGING = 1;
    public static final int COMPLEX = 2;
    public static final int SIGNIFICANT_HARM = 3;
    public static final int COUNT = 4;

    public static String name(int level) {
        return switch (level) {
            case NONE -> "none";
            case EMERGING -> "emerging";
            case COMPLEX -> "complex";
            case SIGNIFICANT_HARM -> "significant_harm";
            default -> throw new IllegalArgumentException("need level " + level);
        };
    }
}
