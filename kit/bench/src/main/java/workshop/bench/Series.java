package workshop.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * One benchmark table: the measured runs by function, in the order the functions were added, and where
 * each function's classes came from in its warm-up run.
 */
final class Series {

    private final Map<String, List<ProbeRun>> runs = new LinkedHashMap<>();
    private final Map<String, ClassLoadLog> classSources = new LinkedHashMap<>();

    void add(String function, ProbeRun run) {
        runs.computeIfAbsent(function, name -> new ArrayList<>()).add(run);
    }

    void addClassSources(String function, ClassLoadLog log) {
        classSources.put(function, log);
    }

    ClassLoadLog classSources(String function) {
        return classSources.get(function);
    }

    List<String> functions() {
        return List.copyOf(runs.keySet());
    }

    double medianWall(String function) {
        return median(function, ProbeRun::wallMillis);
    }

    double medianInit(String function) {
        return median(function, ProbeRun::initMillis);
    }

    double medianInvoke(String function) {
        return median(function, ProbeRun::invokeMillis);
    }

    /** Every run's wall time, in run order. */
    List<Double> walls(String function) {
        return runs.get(function).stream().map(ProbeRun::wallMillis).toList();
    }

    private double median(String function, ToDoubleFunction<ProbeRun> figure) {
        double[] values = runs.get(function).stream().mapToDouble(figure).sorted().toArray();
        int middle = values.length / 2;
        return values.length % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
    }
}
