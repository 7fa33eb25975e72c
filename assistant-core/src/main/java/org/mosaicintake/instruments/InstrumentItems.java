package org.mosaicintake.instruments;

import java.util.List;

/**
 * The validated instruments' items, verbatim from the clinical reference (section 3 and 4). Their
 * wording is part of their validity: never paraphrase, never translate here.
 */
public final class InstrumentItems {

    private InstrumentItems() {
    }

    public static final List<String> FREQUENCY = List.of("Not at all", "Several days", "More than half the days", "Nearly every day");

    public static final List<String> PHQ9 = List.of(
            "Little interest or pleasure in doing things",
            "Feeling down, depressed, or hopeless",
            "Trouble falling or staying asleep, or sleeping too much",
            "Feeling tired or having little energy",
            "Poor appetite or overeating",
            "Feeling bad about yourself - or that you are a failure or have let yourself or your family down",
            "Trouble concentrating on things, such as reading the newspaper or watching television",
            "Moving or speaking so slowly that other people could have noticed? Or the opposite - being so fidgety or restless that you have been moving around a lot more than usual",
            "Thoughts that you would be better off dead or of hurting yourself in some way");

    public static final String PHQ9_DIFFICULTY = "If you checked off any problems, how difficult have these problems made it for you to do your work, take care of things at home, or get along with other people?";
    public static final List<String> PHQ9_DIFFICULTY_OPTIONS = List.of("Not difficult at all", "Somewhat difficult", "Very difficult", "Extremely difficult");

    public static final List<String> GAD7 = List.of(
            "Feeling nervous, anxious, or on edge",
            "Not being able to stop or control worrying",
            "Worrying too much about different things",
            "Trouble relaxing",
            "Being so restless that it is hard to sit still",
            "Becoming easily annoyed or irritable",
            "Feeling afraid, as if something awful might happen");

    public static final String WSAS_STEM = "Because of my problem(s)...";
    public static final List<String> WSAS = List.of(
            "my ability to work is impaired",
            "my home management (cleaning, tidying, shopping, cooking, looking after home or children, paying bills) is impaired",
            "my social leisure activities (with other people) are impaired",
            "my private leisure activities (done alone) are impaired",
            "my ability to form and maintain close relationships with others, including those I live with, is impaired");

    public static final List<String> AUDITC = List.of(
            "How often do you have a drink containing alcohol?",
            "How many standard drinks containing alcohol do you have on a typical day?",
            "How often do you have six or more drinks on one occasion?");
    public static final List<List<String>> AUDITC_OPTIONS = List.of(
            List.of("Never", "Monthly or less", "2-4 times a month", "2-3 times a week", "4 or more times a week"),
            List.of("1 or 2", "3 or 4", "5 or 6", "7 to 9", "10 or more"),
            List.of("Never", "Less than monthly", "Monthly", "Weekly", "Daily or almost daily"));

    public static final List<String> ASQ = List.of(
            "In the past few weeks, have you wished you were dead?",
            "In the past few weeks, have you felt that you or your family would be better off if you were dead?",
            "In the past week, have you been having thoughts about killing yourself?",
            "Have you ever tried to kill yourself?",
            "Are you having thoughts of killing yourself right now?");
    public static final String ASQ_HOW_WHEN = "How, and when?";
}
