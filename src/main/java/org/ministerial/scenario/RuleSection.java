package org.ministerial.scenario;

import org.ministerial.model.ConsensusRule;
import org.ministerial.model.DecisionRule;
import org.ministerial.model.FlexibleRule;
import org.ministerial.model.QualifiedMajorityRule;

import java.util.Set;

/** {@code decision_rule: {type, threshold, weighted}}: consensus (the default), qualified majority or flexible. */
final class RuleSection {
    private RuleSection() {
    }

    static DecisionRule read(Tree.Mapping root, Fields f) {
        Problems problems = f.problems();
        Tree.Mapping m = f.mapping(root.get("decision_rule"), "'decision_rule'");
        f.onlyKeys(m, "'decision_rule'", Set.of("type", "threshold", "weighted"));
        String type = m == null ? "consensus" : f.string(m, "type", "consensus");
        return switch (type) {
            case "consensus" -> new ConsensusRule();
            case "flexible" -> new FlexibleRule();
            case "qualified_majority" -> new QualifiedMajorityRule(f.positive(m, "threshold", 2.0 / 3, 1),
                    f.flag(m, "weighted", false));
            default -> {
                problems.add(m.get("type").location(), "unknown decision rule '" + type
                        + "' (consensus, qualified_majority, flexible)");
                yield new ConsensusRule();
            }
        };
    }
}
