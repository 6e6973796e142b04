package org.ministerial.batch;

/**
 * One deterministic share of a run list, for spreading a batch or sweep over the tasks of a cluster job array. Shard
 * {@code i/n} owns the runs {@code i, i + n, i + 2n, ...} (0-based): dealt round-robin, so that every shard gets a
 * similar mix of slow and fast design points, and a merge can interleave the parts by run index alone.
 *
 * @param index 0-based shard index, as Slurm's {@code SLURM_ARRAY_TASK_ID} for {@code --array=0-(n-1)}
 * @param count number of shards, at least 1
 */
public record Shard(int index, int count) {
    /** The whole run list, as one shard. */
    public static final Shard ALL = new Shard(0, 1);

    public Shard {
        if (count < 1) throw new IllegalArgumentException("the number of shards must be at least 1, got " + count);
        if (index < 0 || index >= count)
            throw new IllegalArgumentException("shard index must be between 0 and " + (count - 1) + ", got " + index);
    }

    /**
     * Parses {@code i/n}.
     *
     * @throws IllegalArgumentException with a message for the user if the text is not of that form
     */
    public static Shard parse(String text) {
        String s = text == null ? "" : text.strip();
        int slash = s.indexOf('/');
        try {
            if (slash < 0) throw new NumberFormatException();
            return new Shard(Integer.parseInt(s.substring(0, slash).strip()),
                    Integer.parseInt(s.substring(slash + 1).strip()));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("expected a shard as i/n with 0 <= i < n (for example 0/4) but got '"
                    + text + "'");
        }
    }

    /** How many of {@code total} runs this shard owns. */
    public int size(int total) {
        if (total < 0) throw new IllegalArgumentException("total must be non-negative: " + total);
        return total <= index ? 0 : (total - index + count - 1) / count;
    }

    /** The run index of this shard's {@code position}-th run (0-based). */
    public int run(int position) {
        if (position < 0) throw new IllegalArgumentException("position must be non-negative: " + position);
        return Math.addExact(index, Math.multiplyExact(position, count));
    }

    /** Whether this shard is the whole run list. */
    public boolean whole() {
        return count == 1;
    }

    @Override
    public String toString() {
        return index + "/" + count;
    }
}
