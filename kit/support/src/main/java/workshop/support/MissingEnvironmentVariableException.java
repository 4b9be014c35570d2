package workshop.support;

/** A function needs a configuration value that its deployment did not provide. */
public final class MissingEnvironmentVariableException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    private final String variable;

    public MissingEnvironmentVariableException(String variable) {
        super("Environment variable " + variable + " is not set. Give it a value in the function's "
                + "'environment:' block of serverless.yml (or export it before running the function).");
        this.variable = variable;
    }

    public String variable() {
        return variable;
    }
}
