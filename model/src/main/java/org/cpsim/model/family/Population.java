package org.cpsim.model.family;

import java.util.Arrays;

/**
 * Children and their families, stored as parallel primitive arrays (struct of arrays): a child
 * costs about 40 bytes and no object, so all of England fits in a few hundred megabytes. A child's
 * slot is reused after the child turns 18; {@link #version(int)} changes with every reuse and every
 * case change, so events scheduled for the old occupant or the old case are recognised as stale.
 */
public final class Population {
    // Children
    private byte[] level;
    private byte[] state;
    private byte[] help;
    private int[] family;
    private int[] birthDay;
    private int[] version;
    private int[] lastReferralDay;
    private float[] needSince;
    private boolean[] everOnProtectionPlan;
    private int[] worker;
    private int[] workerPosition;
    private int[] stratumPosition;
    private short[] stratum;
    private int size;                 // slots ever used
    private int[] free = new int[16]; // reusable slots
    private int freeCount;
    private int alive;

    // Families: bit 0 mental ill health, 1 domestic abuse, 2 substance misuse, 3 deprivation
    private byte[] familyRisk;
    private int families;

    public static final int NO_WORKER = -1;
    public static final int NEVER = Integer.MIN_VALUE / 2;

    public Population(int childCapacity, int familyCapacity) {
        int c = Math.max(16, childCapacity);
        level = new byte[c];
        state = new byte[c];
        help = new byte[c];
        family = new int[c];
        birthDay = new int[c];
        version = new int[c];
        lastReferralDay = new int[c];
        needSince = new float[c];
        everOnProtectionPlan = new boolean[c];
        worker = new int[c];
        workerPosition = new int[c];
        stratumPosition = new int[c];
        stratum = new short[c];
        familyRisk = new byte[Math.max(16, familyCapacity)];
    }

    public int addFamily(int riskBits) {
        if (families == familyRisk.length) familyRisk = Arrays.copyOf(familyRisk, families * 2);
        familyRisk[families] = (byte) riskBits;
        return families++;
    }

    /** Adds a child in state NOT_KNOWN with no help; the caller places it in its need stratum. */
    public int addChild(int familyId, int birth, int needLevel) {
        int id;
        if (freeCount > 0) {
            id = free[--freeCount];
        } else {
            if (size == level.length) grow();
            id = size++;
        }
        level[id] = (byte) needLevel;
        state[id] = (byte) ServiceState.NOT_KNOWN.ordinal();
        help[id] = Help.NONE;
        family[id] = familyId;
        birthDay[id] = birth;
        version[id]++;
        lastReferralDay[id] = NEVER;
        needSince[id] = -1;
        everOnProtectionPlan[id] = false;
        worker[id] = NO_WORKER;
        alive++;
        return id;
    }

    public void removeChild(int id) {
        version[id]++;
        if (freeCount == free.length) free = Arrays.copyOf(free, freeCount * 2);
        free[freeCount++] = id;
        alive--;
    }

    private void grow() {
        int c = level.length * 2;
        level = Arrays.copyOf(level, c);
        state = Arrays.copyOf(state, c);
        help = Arrays.copyOf(help, c);
        family = Arrays.copyOf(family, c);
        birthDay = Arrays.copyOf(birthDay, c);
        version = Arrays.copyOf(version, c);
        lastReferralDay = Arrays.copyOf(lastReferralDay, c);
        needSince = Arrays.copyOf(needSince, c);
        everOnProtectionPlan = Arrays.copyOf(everOnProtectionPlan, c);
        worker = Arrays.copyOf(worker, c);
        workerPosition = Arrays.copyOf(workerPosition, c);
        stratumPosition = Arrays.copyOf(stratumPosition, c);
        stratum = Arrays.copyOf(stratum, c);
    }

    public int alive() { return alive; }
    public int level(int c) { return level[c]; }
    void setLevel(int c, int l) { level[c] = (byte) l; }
    public ServiceState state(int c) { return ServiceState.of(state[c]); }
    /** Only {@code Authority.setState} calls this, so that every change is counted. */
    public void setState(int c, ServiceState s) { state[c] = (byte) s.ordinal(); }
    public int help(int c) { return help[c]; }
    void setHelpValue(int c, int h) { help[c] = (byte) h; }
    public int riskClass(int c) { return familyRisk[family[c]]; }
    public int birthDay(int c) { return birthDay[c]; }
    public int version(int c) { return version[c]; }
    /** A new case or a closed case: events scheduled for the child's previous case become stale. */
    public void bumpVersion(int c) { version[c]++; }
    public int lastReferralDay(int c) { return lastReferralDay[c]; }
    public void setLastReferralDay(int c, int day) { lastReferralDay[c] = day; }
    public double needSince(int c) { return needSince[c]; }
    public void setNeedSince(int c, double t) { needSince[c] = (float) t; }
    public boolean everOnProtectionPlan(int c) { return everOnProtectionPlan[c]; }
    public void markProtectionPlan(int c) { everOnProtectionPlan[c] = true; }
    public int worker(int c) { return worker[c]; }
    public void setWorker(int c, int w) { worker[c] = w; }
    public int workerPosition(int c) { return workerPosition[c]; }
    public void setWorkerPosition(int c, int p) { workerPosition[c] = p; }
    int stratum(int c) { return stratum[c]; }
    void setStratum(int c, int s, int position) { stratum[c] = (short) s; stratumPosition[c] = position; }
    int stratumPosition(int c) { return stratumPosition[c]; }
    void setStratumPosition(int c, int position) { stratumPosition[c] = position; }

    /** Approximate bytes held per child slot, for the performance notes. */
    public static int bytesPerChild() { return 3 + 4 * 7 + 4 + 1 + 2; }
}
