package dev.iodine.dict;

/**
 * An open-addressing hash table from {@code int} tags to entries, without boxing: O(1) lookups at the cost of
 * two arrays sized to a power of two at least twice the number of entries.
 */
final class TagTable<T> {

    private final int[] keys;
    private final Object[] values;
    private final int mask;

    TagTable(int expected) {
        int capacity = Integer.highestOneBit(Math.max(expected, 2) * 2 - 1) << 1;
        keys = new int[capacity];
        values = new Object[capacity];
        mask = capacity - 1;
    }

    /** Stores a value; a second value for the same key is a defect of the generated data. */
    void put(int key, T value) {
        int i = slot(key);
        while (values[i] != null) {
            if (keys[i] == key) {
                throw new IllegalStateException(String.format("duplicate tag %08X in the dictionary", key));
            }
            i = (i + 1) & mask;
        }
        keys[i] = key;
        values[i] = value;
    }

    @SuppressWarnings("unchecked")
    T get(int key) {
        int i = slot(key);
        Object v;
        while ((v = values[i]) != null) {
            if (keys[i] == key) {
                return (T) v;
            }
            i = (i + 1) & mask;
        }
        return null;
    }

    private int slot(int key) {
        // Tags cluster in their low bits per group; a multiplicative hash spreads them over the table.
        return (key * 0x9E3779B9 >>> 16 ^ key * 0x9E3779B9) & mask;
    }
}
