package org.mosaicintake.findings;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.mosaicintake.api.Finding;
import org.mosaicintake.api.IntakeOption;
import org.mosaicintake.api.IntakeStep;
import org.mosaicintake.api.ModalityCatalog;
import org.mosaicintake.api.ProblemCode;
import org.mosaicintake.instruments.Bands;
import org.mosaicintake.instruments.Instrument;

/**
 * The findings of the enabled plugins' catalogs ({@link Finding}), read against an intake's answers:
 * the only way the core reads a plugin's intake steps. A finding that records a score for an
 * instrument Mosaic knows (the PC-PTSD-5) is positive from Mosaic's configured cut-off for it
 * ({@link Bands}), so a service's setting holds whichever plugin asks the questions.
 *
 * <p>Immutable and thread-safe.
 */
public final class PluginFindings {

    /** No plugin findings. */
    public static final PluginFindings NONE = new PluginFindings(List.of(), Bands.STANDARD);

    /** Where a finding stands for one intake. */
    public enum State {
        POSITIVE,
        NEGATIVE,
        NOT_ANSWERED
    }

    /**
     * One finding read against one intake's answers.
     *
     * @param total    the count (ALL, ANY, COUNT) or the sum (SUM) so far
     * @param evidence what clinicians read ("ZF-OCS: yes to 1 of 5", "PC-PTSD-5 4 of 5 (positive screen)")
     * @param band     the total's band, if the finding has bands or records a known instrument's score
     * @param items    the numeric answers by step id (SUM), for the instrument's item list
     */
    public record Outcome(Finding finding, State state, int total, int max, String evidence, Optional<String> band, Map<String, Integer> items) {
        public boolean positive() {
            return state == State.POSITIVE;
        }
    }

    private record Rule(Finding finding, List<IntakeStep> steps, Optional<Instrument> instrument) {
    }

    private final List<Rule> rules;
    private final Bands bands;

    private PluginFindings(List<Rule> rules, Bands bands) {
        this.rules = List.copyOf(rules);
        this.bands = bands;
    }

    /** The findings of these catalogs, with this service's instrument bands. */
    public static PluginFindings of(List<ModalityCatalog> catalogs, Bands bands) {
        PluginFindings all = new PluginFindings(List.of(), bands);
        for (ModalityCatalog catalog : catalogs) {
            all = all.with(catalog.intakeSteps(), catalog.findings());
        }
        return all;
    }

    /** These findings and those of one more plugin, over that plugin's intake steps. */
    public PluginFindings with(List<IntakeStep> pluginSteps, List<Finding> findings) {
        Map<String, IntakeStep> steps = pluginSteps.stream().collect(Collectors.toMap(IntakeStep::id, s -> s));
        List<Rule> more = new ArrayList<>(rules);
        for (Finding f : findings) {
            more.add(new Rule(f, f.steps().stream().map(steps::get).toList(), f.score().flatMap(Instrument::byId)));
        }
        return new PluginFindings(more, bands);
    }

    /** The same findings with another service's bands. */
    public PluginFindings withBands(Bands other) {
        return new PluginFindings(rules, other);
    }

    /** Every finding, read against these answers (step id to answer value, null when not answered). */
    public List<Outcome> evaluate(Function<String, String> answers) {
        return rules.stream().map(r -> evaluate(r, answers)).toList();
    }

    /** Whether a finding adding this problem is positive. */
    public boolean positive(ProblemCode problem, Function<String, String> answers) {
        return evaluate(answers).stream().anyMatch(o -> o.positive() && o.finding().problem().filter(problem::equals).isPresent());
    }

    /** Whether a finding for this problem was answered and came back negative (and none positive). */
    public boolean negative(ProblemCode problem, Function<String, String> answers) {
        List<Outcome> about = evaluate(answers).stream().filter(o -> o.finding().problem().filter(problem::equals).isPresent()).toList();
        return about.stream().anyMatch(o -> o.state() == State.NEGATIVE) && about.stream().noneMatch(Outcome::positive);
    }

    /** The name of the screen a plugin asks for this problem, if any ("ZF-OCS"). */
    public Optional<String> screenFor(ProblemCode problem) {
        return rules.stream().map(Rule::finding).filter(f -> f.problem().filter(problem::equals).isPresent()).map(Finding::name).findFirst();
    }

    private Outcome evaluate(Rule rule, Function<String, String> answers) {
        Finding f = rule.finding();
        int n = f.steps().size();
        List<String> given = f.steps().stream().map(answers).toList();
        boolean complete = given.stream().allMatch(v -> v != null);
        Optional<IntakeStep.Condition> gate = f.negativeIf();
        boolean gatedOut = gate.isPresent() && gate.get().values().contains(answers.apply(gate.get().stepId()));
        if (f.rule() == Finding.Rule.SUM) {
            int max = rule.steps().stream().mapToInt(PluginFindings::maxValue).sum();
            Map<String, Integer> items = new java.util.LinkedHashMap<>();
            for (int i = 0; i < n; i++) {
                Integer v = number(given.get(i));
                if (v != null) {
                    items.put(f.steps().get(i), v);
                }
            }
            int total = items.values().stream().mapToInt(Integer::intValue).sum();
            if (gatedOut) {
                return outcome(rule, State.NEGATIVE, 0, max, Map.of());
            }
            if (!complete || items.size() < n) {
                return outcome(rule, State.NOT_ANSWERED, total, max, items);
            }
            boolean positive = rule.instrument().map(i -> bands.positive(i, total)).orElse(total >= f.atLeast());
            return outcome(rule, positive ? State.POSITIVE : State.NEGATIVE, total, max, items);
        }
        int matching = (int) given.stream().filter(f.value()::equals).count();
        boolean anyOther = given.stream().anyMatch(v -> v != null && !v.equals(f.value()));
        State state = switch (f.rule()) {
            case ALL -> matching == n ? State.POSITIVE : anyOther ? State.NEGATIVE : State.NOT_ANSWERED;
            case ANY -> matching > 0 ? State.POSITIVE : complete ? State.NEGATIVE : State.NOT_ANSWERED;
            case COUNT -> matching >= f.atLeast() ? State.POSITIVE : complete ? State.NEGATIVE : State.NOT_ANSWERED;
            case SUM -> throw new IllegalStateException();
        };
        if (gatedOut && state != State.POSITIVE) {
            state = State.NEGATIVE;
        }
        return outcome(rule, state, matching, n, Map.of());
    }

    private Outcome outcome(Rule rule, State state, int total, int max, Map<String, Integer> items) {
        Finding f = rule.finding();
        Optional<String> band = rule.instrument().map(i -> bands.of(i, total))
                .or(() -> f.bands().stream().filter(b -> b.atLeast() <= total).reduce((a, b) -> b).map(Finding.Band::label));
        String evidence;
        if (f.rule() == Finding.Rule.SUM) {
            evidence = f.name() + " " + total + " of " + max + band.map(b -> " (" + b + ")").orElse("");
        } else {
            String said = valueLabel(rule);
            evidence = f.rule() == Finding.Rule.ALL ? f.name() + ": " + said + " to all " + max
                    : f.name() + ": " + said + " to " + total + " of " + max;
        }
        return new Outcome(f, state, total, max, evidence, band, Map.copyOf(items));
    }

    /** The words of the counted answer, in lower case ("yes"), from the first step's options. */
    private static String valueLabel(Rule rule) {
        return rule.steps().get(0).options().stream().filter(o -> o.value().equals(rule.finding().value())).map(IntakeOption::label)
                .findFirst().map(l -> l.toLowerCase(java.util.Locale.ROOT)).orElse("'" + rule.finding().value() + "'");
    }

    private static int maxValue(IntakeStep step) {
        if (step.max().isPresent()) {
            return step.max().get();
        }
        return step.options().stream().map(IntakeOption::value).map(PluginFindings::number).filter(v -> v != null)
                .mapToInt(Integer::intValue).max().orElse(0);
    }

    private static Integer number(String value) {
        if (value == null || !value.matches("-?\\d{1,6}")) {
            return null;
        }
        return Integer.valueOf(value);
    }
}
