package org.ministerial.gui;

import org.ministerial.model.Parameter;
import org.ministerial.model.Parameters;
import sim.util.Interval;
import sim.util.Properties;
import sim.util.Propertied;

import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Model tab: every model parameter of {@link Parameters#DEFINITIONS}, with a slider over its admissible range, a
 * check box for a switch and its one-sentence description as tooltip. The list is the model's own, so a new parameter
 * appears here without GUI changes. Values are validated as {@code --set} validates them and apply when the next
 * run starts ({@link NegotiationWithUI#start()}); a value outside its range is refused, and the tab's last row,
 * {@value #REFUSED}, says which value and why.
 *
 * <p>A scenario may draw some parameters per run from a posterior ({@code parameter_uncertainty}); the tab shows the
 * values of the run on screen. A value changed here is held in every later run, as {@code --set} holds it; the others
 * are each run's own draw, so a run whose parameters were left alone is the run {@code ministerial run} makes.
 */
public final class ParameterSettings implements Propertied {
    /** The name of the read-only row that reports the last value refused. */
    static final String REFUSED = "last value refused";
    private volatile Parameters pending;
    private volatile String refused = "none";
    /** Parameters changed in the tab: held at the value set. */
    private final Set<String> held = ConcurrentHashMap.newKeySet();
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

    /** Shows the values of a run opened from a checkpoint; nothing is held any more. */
    public void reset(Parameters values) {
        if (values == null) throw new IllegalArgumentException("parameters are null");
        pending = values;
        held.clear();
    }

    /**
     * Sets one parameter for the next run and every later one.
     *
     * @throws IllegalArgumentException if the key is unknown or the value outside its range
     */
    public void set(String key, double value) {
        pending = pending.with(key, value);
        held.add(key);
    }

    /**
     * The parameters of a new run: its own draw, with the values set in the tab held. The tab shows them from now on.
     *
     * @param drawn the run's parameters as the scenario gives them (drawn from a posterior, or as written)
     */
    public Parameters forRun(Parameters drawn) {
        Parameters run = drawn;
        for (String key : held) run = run.with(key, pending.get(key));
        pending = run;
        return run;
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

        private Parameter def(int index) {
            return Parameters.DEFINITIONS.get(index);
        }

        @Override
        public boolean isVolatile() {
            return false;
        }

        /** The row after the parameters: the last value refused. */
        private boolean isRefusedRow(int index) {
            return index == Parameters.DEFINITIONS.size();
        }

        @Override
        public int numProperties() {
            return Parameters.DEFINITIONS.size() + 1;
        }

        @Override
        public Object getValue(int index) {
            if (isRefusedRow(index)) return refused;
            double v = pending.get(def(index).key());
            return def(index).flag() ? (Object) (v != 0) : (Object) v;
        }

        @Override
        public boolean isReadWrite(int index) {
            return !isRefusedRow(index);
        }

        @Override
        public String getName(int index) {
            if (isRefusedRow(index)) return REFUSED;
            return def(index).key();
        }

        @Override
        public Class<?> getType(int index) {
            if (isRefusedRow(index)) return String.class;
            return def(index).flag() ? Boolean.TYPE : Double.TYPE;
        }

        @Override
        public Object getDomain(int index) {
            if (isRefusedRow(index)) return null;
            Parameter d = def(index);
            return d.flag() ? null : new Interval(d.min(), d.max());
        }

        @Override
        public String getDescription(int index) {
            if (isRefusedRow(index)) return "the last value typed here that was outside its parameter's range";
            Parameter d = def(index);
            String range = d.flag() ? "on/off" : String.format(Locale.ROOT, "%s to %s", num(d.min()), num(d.max()));
            // the figures' label first, so the tab and a paper's axes name the parameter alike
            return "<html><b>" + d.label() + "</b><br>" + d.description() + "<br>range " + range + ", default " + num(d.defaultValue())
                    + "; applies to the next run</html>";
        }

        @Override
        protected Object _setValue(int index, Object value) {
            if (isRefusedRow(index)) return refused;
            Parameter d = def(index);
            double v = value instanceof Boolean b ? (b ? 1 : 0) : ((Number) value).doubleValue();
            try {
                set(d.key(), v);
            } catch (IllegalArgumentException refused) {
                ParameterSettings.this.refused = refused.getMessage();
            }
            return getValue(index);
        }

        private static String num(double v) {
            return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
        }
    }
}
