package workshop.bench;

import java.util.Optional;
import workshop.bench.probe.ColdStartProbe;

/**
 * What one child JVM did.
 *
 * @param exitCode     the JVM's exit code (0: the invocation returned)
 * @param wallMillis   from process start to exit, as measured by the parent
 * @param initMillis   the handler's load and construction, measured inside the JVM (NaN when missing)
 * @param invokeMillis the first invocation, serialisation included, measured inside the JVM (NaN when missing)
 * @param response     the response's JSON, when the probe printed one
 * @param output       standard output (the handler's logs, then the probe's lines)
 * @param errors       standard error
 */
public record ProbeRun(int exitCode, double wallMillis, double initMillis, double invokeMillis,
                       Optional<String> response, String output, String errors) {

    static ProbeRun of(int exitCode, double wallMillis, String output, String errors) {
        Optional<String> response = Optional.empty();
        double init = Double.NaN;
        double invoke = Double.NaN;
        for (String line : output.split("\\R")) {
            if (line.startsWith(ColdStartProbe.RESULT)) {
                response = Optional.of(line.substring(ColdStartProbe.RESULT.length()));
            } else if (line.startsWith(ColdStartProbe.TIMES)) {
                String[] times = line.substring(ColdStartProbe.TIMES.length()).split(" invoke-ms ");
                init = Double.parseDouble(times[0]);
                invoke = Double.parseDouble(times[1]);
            }
        }
        return new ProbeRun(exitCode, wallMillis, init, invoke, response, output, errors);
    }

    /** Init and first invocation, as the probe measured them inside the JVM. */
    public double inJvmMillis() {
        return initMillis + invokeMillis;
    }

    /** Everything the JVM printed, for a failure message. */
    public String transcript() {
        return "exit code " + exitCode + "\n--- stdout\n" + output + "--- stderr\n" + errors;
    }
}
