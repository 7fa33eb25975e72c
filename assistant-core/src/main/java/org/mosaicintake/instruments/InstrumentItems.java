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

    /** The PHQ-9's own stem, shown with every item so that no item arrives as a bare fragment. */
    public static final String PHQ9_STEM = "Over the last 2 weeks, how often have you been bothered by any of the following problems?";
    /** The GAD-7's own stem (Spitzer et al. 2006), shown with every item. */
    public static final String GAD7_STEM = "Over the last 2 weeks, how often have you been bothered by the following problems?";
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

    /**
     * The rest of the AUDIT (items 4-10), asked when the AUDIT-C is positive. Source: Babor, Higgins-Biddle,
     * Saunders and Monteiro, AUDIT: Guidelines for Use in Primary Care, 2nd edition, WHO 2001
     * (WHO/MSD/MSB/01.6a); the WHO lets it be used without permission. Items 9 and 10 score 0, 2, 4.
     */
    public static final List<String> AUDIT = List.of(
            "How often during the last year have you found that you were not able to stop drinking once you had started?",
            "How often during the last year have you failed to do what was normally expected from you because of drinking?",
            "How often during the last year have you needed a first drink in the morning to get yourself going after a heavy drinking session?",
            "How often during the last year have you had a feeling of guilt or remorse after drinking?",
            "How often during the last year have you been unable to remember what happened the night before because you had been drinking?",
            "Have you or someone else been injured as a result of your drinking?",
            "Has a relative or friend or a doctor or another health worker been concerned about your drinking or suggested you cut down?");
    public static final List<String> AUDIT_FREQUENCY = List.of("Never", "Less than monthly", "Monthly", "Weekly", "Daily or almost daily");
    public static final List<String> AUDIT_INJURY = List.of("No", "Yes, but not in the last year", "Yes, during the last year");

    /**
     * The SCOFF (Morgan, Reid and Lacey, BMJ 1999;319:1467), one point per yes, 2 or more a possible
     * case. Published for clinical use without a licence fee. "Sick" means vomiting; one stone is 14
     * pounds (about 6.35 kg): the intro says so rather than the items being changed.
     */
    public static final List<String> SCOFF = List.of(
            "Do you make yourself Sick because you feel uncomfortably full?",
            "Do you worry you have lost Control over how much you eat?",
            "Have you recently lost more than One stone in a 3 month period?",
            "Do you believe yourself to be Fat when others say you are too thin?",
            "Would you say that Food dominates your life?");

    /**
     * The single-question drug screen (Smith, Schmidt, Allensworth-Davies and Saitz, Arch Intern Med
     * 2010;170:1155), as the clinical reference gives it; once or more is positive. Public.
     */
    public static final String DRUGS = "How many times in the past year have you used an illegal drug or used a prescription medication for non-medical reasons?";

    public static final List<String> ASQ = List.of(
            "In the past few weeks, have you wished you were dead?",
            "In the past few weeks, have you felt that you or your family would be better off if you were dead?",
            "In the past week, have you been having thoughts about killing yourself?",
            "Have you ever tried to kill yourself?",
            "Are you having thoughts of killing yourself right now?");
    public static final String ASQ_HOW_WHEN = "How, and when?";
}
