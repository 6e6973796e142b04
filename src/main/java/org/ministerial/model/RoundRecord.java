package org.ministerial.model;

/**
 * What the observer records at the end of each round.
 *
 * @param round              0-based round
 * @param day                1-based day
 * @param sessionOfDay       1-based session within the day in which the round was held
 * @param text               the text on the table at the end of the round (after revision)
 * @param accepting          number of actors accepting the text evaluated this round
 * @param meanDistance       mean over actors of the salience-weighted distance of stated positions to that text
 * @param mobilisation       mean NGO mobilisation
 * @param pressure           total absolute NGO pressure on governments
 * @param coalitions         number of active emergent coalitions
 * @param largestCoalition   members of the largest one (0 if none)
 * @param inCoalitions       actors in any emergent coalition
 * @param walkedOut          actors that have left the meeting
 */
public record RoundRecord(int round, int day, int sessionOfDay, double[] text, int accepting, double meanDistance,
                          double mobilisation, double pressure, int coalitions, int largestCoalition,
                          int inCoalitions, int walkedOut) implements java.io.Serializable {
    public RoundRecord {
        text = text.clone();
    }
}
