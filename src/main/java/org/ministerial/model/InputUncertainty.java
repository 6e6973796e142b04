package org.ministerial.model;

import ec.util.MersenneTwisterFast;

import java.util.List;

/**
 * What is not known about a meeting's inputs: the documented range of every hand-entered data value and the prior of
 * every coefficient that turns data into positions, saliences, capabilities and responsiveness. One run draws them
 * once, before the meeting starts, from a stream of its own, so the spread of a batch's results carries the
 * uncertainty of its inputs as well as the randomness of the negotiation (docs/ODD.md, "Stochasticity").
 *
 * <p>Implementations derive the actors again from the drawn values; they must keep the actors' order and codes.
 */
public interface InputUncertainty extends java.io.Serializable {
    /** Inputs taken as they are written: nothing is drawn. */
    InputUncertainty NONE = Fixed.INPUTS;

    /** The inputs of a spec that draws nothing (an enum, so a checkpoint restores the same instance). */
    enum Fixed implements InputUncertainty {
        INPUTS;

        @Override
        public boolean varies() {
            return false;
        }

        @Override
        public List<ActorSpec> draw(MersenneTwisterFast random) {
            throw new IllegalStateException("nothing to draw");
        }
    }

    /** Whether any input can differ between runs. */
    boolean varies();

    /** The actors as one draw of the uncertain inputs makes them, in the spec's order. */
    List<ActorSpec> draw(MersenneTwisterFast random);
}
