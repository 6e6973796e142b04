package org.ministerial.model;

import ec.util.MersenneTwisterFast;

import java.util.List;

/**
 * What is not known about a meeting's inputs: the documented range of every hand-entered data value, the prior of
 * every coefficient that turns data into positions, saliences, capabilities and responsiveness, and the posterior of
 * the calibrated parameters. One run draws them once, before the meeting starts, from a stream of its own, so the
 * spread of a batch's results carries the uncertainty of its inputs as well as the randomness of the negotiation
 * (docs/ODD.md, "Stochasticity").
 *
 * <p>Implementations keep the actors' order and codes.
 */
public interface InputUncertainty extends java.io.Serializable {
    /** Inputs taken as they are written: nothing is drawn. */
    InputUncertainty NONE = Fixed.INPUTS;

    /**
     * One draw of a meeting's inputs.
     *
     * @param actors          the actors
     * @param parameters      the model parameters
     * @param bilateralAccess per actor, the bilateral track's access values as the drawn data give them; null where
     *                        the draw leaves them as written
     */
    record Draw(List<ActorSpec> actors, Parameters parameters, double[] bilateralAccess) {
        /** A draw that leaves the bilateral track's access values as written. */
        public Draw(List<ActorSpec> actors, Parameters parameters) {
            this(actors, parameters, null);
        }
    }

    /** The inputs of a spec that draws nothing (an enum, so a checkpoint restores the same instance). */
    enum Fixed implements InputUncertainty {
        INPUTS;

        @Override
        public boolean varies() {
            return false;
        }

        @Override
        public Draw draw(List<ActorSpec> actors, Parameters parameters, MersenneTwisterFast random) {
            return new Draw(actors, parameters);
        }
    }

    /** Whether any input can differ between runs. */
    boolean varies();

    /** The inputs as one draw makes them from the written ones, in the spec's actor order. */
    Draw draw(List<ActorSpec> actors, Parameters parameters, MersenneTwisterFast random);
}
