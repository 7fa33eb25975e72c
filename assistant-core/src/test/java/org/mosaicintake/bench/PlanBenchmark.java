package org.mosaicintake.bench;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.mosaicintake.api.BasicIdDomain;
import org.mosaicintake.api.ClinicalFlag;
import org.mosaicintake.api.CopingStyle;
import org.mosaicintake.api.Level;
import org.mosaicintake.api.ModalityCatalog;
import org.mosaicintake.api.ProblemCode;
import org.mosaicintake.api.RiskLevel;
import org.mosaicintake.api.StageOfChange;
import org.mosaicintake.engine.IntegrationEngine;
import org.mosaicintake.engine.Plan;
import org.mosaicintake.formulation.Formulation;
import org.mosaicintake.instruments.Instrument;
import org.mosaicintake.formulation.Preferences;
import org.mosaicintake.formulation.Problem;
import org.mosaicintake.formulation.Severity;
import org.mosaicintake.formulation.WorkingStyle;
import org.mosaicintake.plugins.BundledCatalogs;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Plan generation for the example formulation of the engine contract, against the bundled plugins
 * and synthetic plugin sets of growing size. Run as described in docs/benchmarks.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class PlanBenchmark {

    /** "bundled" (the five plugins, 97 techniques) or a number of synthetic plugins of 40 techniques each. */
    @Param({"bundled", "10", "25", "50"})
    public String plugins;

    private final IntegrationEngine engine = new IntegrationEngine();
    private List<ModalityCatalog> catalogs;
    private Formulation formulation;

    @Setup
    public void setUp() {
        catalogs = plugins.equals("bundled")
                ? BundledCatalogs.load(Path.of(System.getProperty("mosaic.bundled", "assistant-core/target/bundled-plugins")))
                : SyntheticCatalogs.generate(Integer.parseInt(plugins), 40);
        Map<Instrument, Integer> scores = new EnumMap<>(Map.of(Instrument.PHQ9, 8, Instrument.GAD7, 14, Instrument.PCPTSD5, 1,
                Instrument.AUDITC, 2, Instrument.WSAS, 18));
        Map<BasicIdDomain, Integer> basicId = new EnumMap<>(Map.of(BasicIdDomain.BEHAVIOR, 2, BasicIdDomain.AFFECT, 3,
                BasicIdDomain.SENSATION, 3, BasicIdDomain.IMAGERY, 1, BasicIdDomain.COGNITION, 2, BasicIdDomain.INTERPERSONAL, 1));
        formulation = new Formulation(null, plugins.equals("bundled") ? "psychodynamic" : "synthetic0",
                List.of(new Problem(ProblemCode.PANIC, Severity.MODERATE)), scores, RiskLevel.NONE, StageOfChange.ACTION,
                CopingStyle.EXTERNALIZING, Level.LOW, Level.MODERATE, Level.HIGH, basicId, Set.of(ClinicalFlag.DISSOCIATION),
                new Preferences(WorkingStyle.SKILLS, Set.of()));
    }

    @Benchmark
    public Plan plan() {
        return engine.plan(formulation, catalogs, Optional.empty());
    }
}
