package workshop.localcloud.functions.handlers;

/** A class that forgot to implement RequestHandler. */
public class NotAHandler {

    public String handleRequest(Object event) {
        return "never called";
    }
}
