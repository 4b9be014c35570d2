package workshop.course;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The README's course map: a table of the exercises generated from course.yaml, kept between two
 * markers so that {@code ./workshop course-map --write} can replace it and a test can check that the
 * README still says what course.yaml says.
 */
public final class CourseMap {

    public static final String START = "<!-- course-map:start -->";
    public static final String END = "<!-- course-map:end -->";
    private static final String GENERATED = "<!-- generated from exercises/course.yaml by ./workshop course-map --write: edit that file, not this table -->";

    private CourseMap() {
    }

    /** The table, in Markdown, with a line for the total time. */
    public static String render(Course course) {
        List<String> lines = new ArrayList<>();
        lines.add("| # | Exercise | You write | Minutes |");
        lines.add("|---|---|---|---:|");
        int total = 0;
        for (Exercise exercise : course.exercises()) {
            lines.add("| " + exercise.id().substring(0, 2)
                    + " | [" + exercise.title().replace("|", "\\|") + "](" + exercise.readmePath() + ")"
                    + " | " + exercise.files().stream().map(CourseMap::shortName).collect(Collectors.joining(", "))
                    + " | " + exercise.minutes() + " |");
            total += exercise.minutes();
        }
        lines.add("");
        lines.add(course.exercises().size() + " exercises, about " + hoursAndMinutes(total) + " in all.");
        return String.join("\n", lines);
    }

    /** {@code readme} with the text between the markers replaced by the current map. */
    public static String replaceIn(String readme, Course course) {
        int start = readme.indexOf(START);
        int end = readme.indexOf(END);
        if (start < 0 || end < start) {
            throw new CourseEngineException("the README has no course map markers: add a line " + START
                    + " and, below it, a line " + END + " where the map belongs");
        }
        return readme.substring(0, start + START.length()) + "\n" + GENERATED + "\n" + render(course) + "\n"
                + readme.substring(end);
    }

    public static boolean isUpToDate(String readme, Course course) {
        return readme.contains(START) && replaceIn(readme, course).equals(readme);
    }

    /** A source file as its class name ({@code MovieTable}); other files as they are ({@code serverless.yml}). */
    static String shortName(String file) {
        String name = file.substring(file.lastIndexOf('/') + 1);
        return "`" + (name.endsWith(".java") ? name.substring(0, name.length() - ".java".length()) : name) + "`";
    }

    static String hoursAndMinutes(int minutes) {
        return minutes < 60 ? minutes + " min" : minutes / 60 + " h" + (minutes % 60 == 0 ? "" : " " + minutes % 60 + " min");
    }
}
