package org.custseg.knime.recommender;

import java.util.ArrayList;
import java.util.List;

import org.custseg.engine.recommend.AttributeAliases;
import org.custseg.engine.recommend.Playbook;
import org.custseg.engine.recommend.PlaybookException;
import org.custseg.engine.recommend.ProfileFacts;
import org.custseg.engine.recommend.Recommendations;
import org.custseg.engine.recommend.RecommenderConfig;
import org.custseg.engine.recommend.SegmentRecommender;
import org.custseg.knime.common.AbstractStatelessNodeModel;
import org.knime.core.data.DataTableSpec;
import org.knime.core.node.BufferedDataContainer;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.PortType;

/**
 * Model of the <i>Segment Recommender</i> node. Translation only: the profile tables to {@link ProfileFacts}, the
 * optional playbook table to a {@link Playbook} (replacing or extending the built-in one), settings to a
 * {@link RecommenderConfig}, and the {@link Recommendations} to tables.
 *
 * <p>Ports: in 0 the long profile table of the Segment Profiler; optional in 1 a playbook table; optional in 2 a
 * customer table; optional in 3 the profiler's segment summary. Out 0 recommendations, out 1 customers with their
 * top actions (empty without in 2), out 2 the playbook in effect.
 */
public final class SegmentRecommenderNodeModel extends AbstractStatelessNodeModel<RecommenderSettings> {

    /** Input port of the profile table. */
    public static final int IN_PROFILE = 0;
    /** Input port of the optional playbook table. */
    public static final int IN_PLAYBOOK = 1;
    /** Input port of the optional customer table. */
    public static final int IN_CUSTOMERS = 2;
    /** Input port of the optional segment summary. */
    public static final int IN_SUMMARY = 3;

    /** Creates the model: one required and three optional table inputs, three table outputs. */
    public SegmentRecommenderNodeModel() {
        super(new PortType[]{BufferedDataTable.TYPE, BufferedDataTable.TYPE_OPTIONAL, BufferedDataTable.TYPE_OPTIONAL,
            BufferedDataTable.TYPE_OPTIONAL},
            new PortType[]{BufferedDataTable.TYPE, BufferedDataTable.TYPE, BufferedDataTable.TYPE},
            RecommenderSettings::new);
    }

    private static DataTableSpec spec(final PortObjectSpec[] specs, final int port) {
        return port < specs.length ? (DataTableSpec)specs[port] : null;
    }

    @Override
    protected PortObjectSpec[] configure(final PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        settings().validateValues();
        RecommenderTables.checkProfileSpec(spec(inSpecs, IN_PROFILE));
        final DataTableSpec playbook = spec(inSpecs, IN_PLAYBOOK);
        if (playbook != null) {
            RecommenderTables.checkPlaybookSpec(playbook);
        }
        final DataTableSpec summary = spec(inSpecs, IN_SUMMARY);
        if (summary != null) {
            RecommenderTables.checkSummarySpec(summary);
        }
        final DataTableSpec customers = spec(inSpecs, IN_CUSTOMERS);
        final DataTableSpec customerOut;
        if (customers != null) {
            settings().customerSegmentColumn(customers);
            settings().customerIdColumn(customers);
            customerOut = RecommenderTables.customerSpec(customers, settings().actionsPerCustomer(),
                settings().holdout() != null);
        } else {
            customerOut = new DataTableSpec();
        }
        return new PortObjectSpec[]{RecommenderTables.recommendationSpec(), customerOut,
            RecommenderTables.playbookSpec()};
    }

    @Override
    protected PortObject[] execute(final PortObject[] inObjects, final ExecutionContext exec) throws Exception {
        settings().validateValues();
        final List<String> warnings = new ArrayList<>();
        final BufferedDataTable customers = (BufferedDataTable)inObjects[IN_CUSTOMERS];
        final String customerSegment =
            customers == null ? null : settings().customerSegmentColumn(customers.getDataTableSpec());

        exec.setMessage("Reading the profile");
        final ProfileFacts facts = RecommenderTables.readFacts((BufferedDataTable)inObjects[IN_PROFILE],
            (BufferedDataTable)inObjects[IN_SUMMARY], warnings, exec.createSubProgress(0.2));

        Playbook user = null;
        if (inObjects[IN_PLAYBOOK] != null) {
            exec.setMessage("Reading the playbook");
            user = RecommenderTables.readPlaybook((BufferedDataTable)inObjects[IN_PLAYBOOK],
                exec.createSubProgress(0.1));
            if (user.rules().isEmpty()) {
                warnings.add("The connected playbook has no rules");
            }
        }
        final Playbook playbook = Playbook.resolve(settings().playbookMode(), user);

        exec.setMessage("Evaluating " + playbook.rules().size() + " rule(s) on " + facts.segments().size()
            + " segment(s)");
        exec.checkCanceled();
        final Recommendations recs = SegmentRecommender.recommend(facts, playbook,
            new RecommenderConfig(settings().strict(), AttributeAliases.defaults()));
        final List<String> skipped = recs.skippedRules();
        if (!skipped.isEmpty()) {
            warnings.add(0, "Skipped " + skipped.size() + " of " + playbook.rules().size() + " playbook rules because "
                + "they use attributes that are not in the profile (" + String.join(", ", skipped)
                + "); turn on strict mode to make this an error");
        }
        long noMatch = recs.rows().stream().filter(r -> !r.matched()).count();
        if (noMatch > 0) {
            warnings.add(noMatch + " segment(s) matched no rule and are listed as \"no rule matched\"");
        }

        final BufferedDataTable out0 =
            RecommenderTables.recommendationTable(recs, exec.createSubExecutionContext(0.05));
        final BufferedDataTable out1;
        if (customers != null) {
            exec.setMessage("Writing customer actions");
            final RecommenderConfig config = new RecommenderConfig(settings().strict(), AttributeAliases.defaults());
            out1 = RecommenderTables.customerTable(customers, customerSegment, recs, moves -> {
                try {
                    return SegmentRecommender.recommend(facts, playbook, config, moves);
                } catch (final PlaybookException e) {
                    throw new IllegalStateException(e.getMessage(), e); // strict mode failed above already
                }
            }, facts, settings().actionsPerCustomer(), settings().holdout(),
                settings().customerIdColumn(customers.getDataTableSpec()), warnings,
                exec.createSubExecutionContext(0.6));
        } else {
            final BufferedDataContainer empty = exec.createDataContainer(new DataTableSpec());
            empty.close();
            out1 = empty.getTable();
        }
        final BufferedDataTable out2 = RecommenderTables.playbookTable(playbook, exec.createSubExecutionContext(0.05));
        if (!warnings.isEmpty()) {
            setWarningMessage(String.join("; ", warnings) + ".");
        }
        return new PortObject[]{out0, out1, out2};
    }
}
