package org.ministerial.calibration;

import org.ministerial.batch.ResultsSchema;
import org.ministerial.batch.RunPlan;
import org.ministerial.batch.RunSeeds;
import org.ministerial.model.Issue;
import org.ministerial.model.NegotiationSpec;
import org.ministerial.scenario.ScenarioException;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * The runs of a block of consecutive proposals of one generation, for {@link org.ministerial.batch.BatchRunner}: run
 * {@code i} is replication {@code i mod R} of proposal {@code first + i div R}, seeded as {@link AbcSeeds} says. A
 * proposal's model input is made once, by the first worker that needs it, and shared by its replications.
 */
final class ProposalPlan implements RunPlan {
    private final CalibrationPlan plan;
    private final int generation;
    private final int first;
    private final List<double[]> thetas;
    private final int replications;
    private final List<FutureTask<NegotiationSpec>> specs = new ArrayList<>();

    ProposalPlan(CalibrationPlan plan, int generation, int first, List<double[]> thetas) {
        this.plan = plan;
        this.generation = generation;
        this.first = first;
        this.thetas = List.copyOf(thetas);
        this.replications = plan.calibration().settings().runsPerParticle();
        for (double[] theta : this.thetas) specs.add(new FutureTask<>(() -> plan.spec(theta)));
    }

    /** The proposal (0-based within this block) of run {@code run}. */
    int proposalOf(int run) {
        return run / replications;
    }

    @Override
    public int size() {
        return Math.multiplyExact(thetas.size(), replications);
    }

    @Override
    public long seed(int run) {
        long proposalSeed = AbcSeeds.proposal(plan.calibration().seed(), generation, first + proposalOf(run));
        return AbcSeeds.run(proposalSeed, run % replications);
    }

    @Override
    public List<String> labelHeader() {
        return List.of(ResultsSchema.Runs.GENERATION, ResultsSchema.Runs.PROPOSAL, ResultsSchema.Runs.REPLICATION);
    }

    @Override
    public List<String> labels(int run) {
        return List.of(Integer.toString(generation), Integer.toString(first + proposalOf(run)),
                Integer.toString(run % replications));
    }

    @Override
    public List<Issue> issues() {
        return plan.base().spec().issues();
    }

    @Override
    public java.util.Map<String, NegotiationSpec> scenarios() {
        return java.util.Map.of("", plan.base().spec());
    }

    @Override
    public NegotiationSpec spec(int run) throws ScenarioException {
        FutureTask<NegotiationSpec> task = specs.get(proposalOf(run));
        task.run(); // does nothing once the spec is made or being made; get() then waits for it
        try {
            return task.get().withInputsDrawn(RunSeeds.inputSeed(seed(run), 0));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while making proposal " + (first + proposalOf(run)), e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof ScenarioException se) throw se;
            if (e.getCause() instanceof RuntimeException re) throw re;
            throw new IllegalStateException(e.getCause());
        }
    }
}
