package demo;

/** Exercise 01-greet. */
public final class Greeter {

    public String greet(String name) {
        throw new UnsupportedOperationException("Exercise 01: greet someone - see exercises/01-greet/README.md");
    }
}
