package org.cpsim.model.family;

/**
 * Children in order of birth: the head is the next to turn 18. Births append; nothing else leaves
 * the population, so the order never needs repair. One event per 18th birthday, none per day.
 */
public final class Ageing {
    private int[] ring = new int[1024];
    private int head;
    private int size;

    public void add(int child) {
        if (size == ring.length) {
            int[] bigger = new int[ring.length * 2];
            for (int i = 0; i < size; i++) bigger[i] = ring[(head + i) % ring.length];
            ring = bigger;
            head = 0;
        }
        ring[(head + size) % ring.length] = child;
        size++;
    }

    public boolean isEmpty() { return size == 0; }

    public int peek() { return ring[head]; }

    public int poll() {
        int c = ring[head];
        head = (head + 1) % ring.length;
        size--;
        return c;
    }
}
