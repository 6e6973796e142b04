package org.ministerial.gui;

import org.ministerial.model.ParameterDef;
import org.ministerial.model.Parameters;
import sim.util.Interval;
import sim.util.Properties;
import sim.util.Propertied;

import java.util.Locale;

/**
 * The Model tab: every model parameter of {@link Parameters#DEFINITIONS}, with a slider over its admissible range, a
 * check box for a switch and its one-sentence description as tooltip. The list is the model's own, so a new parameter
 * appears here without GUI changes. Values are validated as {@code --set} validates them and apply when the next
 * run starts ({@link NegotiationWithUI#start()}); a value outside its range is refused and reported.
 */
public final class ParameterSettings implements Propertied {
    private volatile Parameters pending;
    private final Table table = new Table();

    /** Settings starting from a scenario's parameters. */
    public ParameterSettings(Parameters initial) {
        if (initial == null) throw new IllegalArgumentException("parameters are null");
        pending = initial;
    }

    /** The parameters the next run will use. */
    public Parameters parameters() {
        return pending;
    }

    /** Replaces all values, e.g. with those of a run opened from a checkpoint. */
    public void reset(Parameters values) {
        if (values == null) throw new IllegalArgumentException("parameters are null");
        pending = values;
    }

    /**
     * Sets one parameter for the next run.
     *
     * @throws IllegalArgumentException if the key is unknown or the value outside its range
     */
    public void set(String key, double value) {
        pending = pending.with(key, value);
    }

    @Override
    public Properties properties() {
        return table;
    }

    @Override
    public String toString() {
        return "Model parameters (apply to the next run)";
    }

    private final class Table extends Properties {
        private static final long serialVersionUID = 1L;

        private ParameterDef def(int index) {
            return Parameters.DEFINITIONS.get(index);
        }

        @Override
        public boolean isVolatile() {
            return false;
        }

        @Override
        public int numProperties() {
            return Parameters.DEFINITIONS.size();
        }

        @Override
        public Object getValue(int index) {
            double v = pending.get(def(index).key());
            return def(index).flag() ? (Object) (v != 0) : (Object) v;
        }

        @Override
        public boolean isReadWrite(int index) {
            return true;
        }

        @Override
        public String getName(int index) {
            return def(index).key();
        }

        @Override
        public Class<?> getType(int index) {
            return def(index).flag() ? Boolean.TYPE : Double.TYPE;
        }

        @Override
        public Object getDomain(int index) {
            ParameterDef d = def(index);
            return d.flag() ? null : new Interval(d.min(), d.max());
        }

        @Override
        public String getDescription(int index) {
            ParameterDef d = def(index);
            String range = d.flag() ? "on/off" : String.format(Locale.ROOT, "%s to %s", num(d.min()), num(d.max()));
            return "<html>" + d.description() + "<br>range " + range + ", default " + num(d.defaultValue())
                    + "; applies to the next run</html>";
        }

        @Override
        protected Object _setValue(int index, Object value) {
            ParameterDef d = def(index);
            double v = value instanceof Boolean b ? (b ? 1 : 0) : ((Number) value).doubleValue();
            try {
                set(d.key(), v);
            } catch (IllegalArgumentException refused) {
                System.err.println("not changed: " + refused.getMessage());
            }
            return getValue(index);
        }

        private static String num(double v) {
            return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
        }
    }
}
