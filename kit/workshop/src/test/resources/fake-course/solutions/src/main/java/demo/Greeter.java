package demo;

/** Exercise 01-greet. */
public final class Greeter {

    public String greet(String name) {
        return "Hello, " + name + "!";
    }
}
