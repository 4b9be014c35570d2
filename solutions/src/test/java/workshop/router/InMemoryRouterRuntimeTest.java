package workshop.router;

class InMemoryRouterRuntimeTest extends RouterRuntimeContract {

    @Override
    protected RouterRuntime newRuntime() {
        return new InMemoryRouterRuntime(time);
    }
}
