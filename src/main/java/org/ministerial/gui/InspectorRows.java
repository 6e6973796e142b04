package org.ministerial.gui;

import sim.util.Properties;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Read-only inspector rows built from named suppliers, for objects whose properties MASON's reflection cannot list
 * (one row per issue, per organisation hub...). MASON's inspectors read any {@link sim.util.Propertied} object
 * through the {@link Properties} it returns; numeric rows can be charted from the inspector like any other property.
 */
final class InspectorRows extends Properties {
    private static final long serialVersionUID = 1L;

    private record Row(String name, String description, Class<?> type, Supplier<Object> value) {
    }

    private final List<Row> rows = new ArrayList<>();

    InspectorRows text(String name, String description, Supplier<String> value) {
        rows.add(new Row(name, description, String.class, value::get));
        return this;
    }

    /** A number, shown to three decimals ({@link Rounding}). */
    InspectorRows number(String name, String description, Supplier<Double> value) {
        rows.add(new Row(name, description, Double.TYPE, () -> Rounding.threeDecimals(value.get())));
        return this;
    }

    InspectorRows count(String name, String description, Supplier<Integer> value) {
        rows.add(new Row(name, description, Integer.TYPE, value::get));
        return this;
    }

    InspectorRows flag(String name, String description, Supplier<Boolean> value) {
        rows.add(new Row(name, description, Boolean.TYPE, value::get));
        return this;
    }

    @Override
    public boolean isVolatile() {
        return false; // the rows themselves never change; their values do
    }

    @Override
    public int numProperties() {
        return rows.size();
    }

    @Override
    public Object getValue(int index) {
        return rows.get(index).value().get();
    }

    @Override
    public boolean isReadWrite(int index) {
        return false;
    }

    @Override
    public String getName(int index) {
        return rows.get(index).name();
    }

    @Override
    public String getDescription(int index) {
        return rows.get(index).description();
    }

    @Override
    public Class<?> getType(int index) {
        return rows.get(index).type();
    }

    @Override
    protected Object _setValue(int index, Object value) {
        return null; // read-only: MASON keeps the shown value
    }
}
