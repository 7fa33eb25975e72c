package org.mosaicintake.intake;

import io.restassured.path.json.JsonPath;

/** Ready-made intakes for tests outside this package: each returns after the named risk outcome. */
public final class TestIntakes {

    private TestIntakes() {
    }

    /** A risk phrase in the story, then an acute ASQ: ESCALATED at IMMINENT. The last response. */
    public static JsonPath acuteAfterStory(String story) {
        return acuteAfterStory("demo", story);
    }

    /** As {@link #acuteAfterStory(String)}, at another clinic. */
    public static JsonPath acuteAfterStory(String clinic, String story) {
        return acuteAfterStory(IntakeDriver.start(clinic, "en"), story);
    }

    /** As {@link #acuteAfterStory(String)}, for an intake already started. */
    public static JsonPath acuteAfterStory(IntakeDriver intake, String story) {
        intake.choice("agree");
        intake.text(story);
        intake.choice("1");
        intake.choice("0");
        intake.choice("1");
        intake.choice("0");
        return intake.choice("1");
    }

    /** PHQ-9 item 9, then a positive non-acute ASQ: MODERATE, the intake continues. The intake id. */
    public static String moderateScreen() {
        IntakeDriver intake = IntakeDriver.start("en").advanceTo("phq9.9");
        intake.choice("1");
        intake.choice("1");
        intake.choice("0");
        intake.choice("0");
        intake.choice("0");
        intake.choice("0");
        return intake.id;
    }

    /** PHQ-9 item 9, then a negative ASQ: LOW. The intake id. */
    public static String negativeScreen() {
        IntakeDriver intake = IntakeDriver.start("en").advanceTo("phq9.9");
        intake.choice("1");
        for (int i = 1; i <= 4; i++) {
            intake.choice("0");
        }
        return intake.id;
    }
}
