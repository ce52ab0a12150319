package org.shebao.calcservice.calc;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/** A {@link Trace} that keeps every step in order. One per calculation; not thread-safe. */
public final class RecordingTrace implements Trace {

    private final List<TraceStep> steps = new ArrayList<>();

    @Override
    public boolean enabled() {
        return true;
    }

    @Override
    public void record(TraceStep step) {
        steps.add(step);
    }

    public List<TraceStep> steps() {
        return Collections.unmodifiableList(steps);
    }

    /** The first step of that name, if any. */
    public Optional<TraceStep> find(String step) {
        return steps.stream().filter(s -> s.step().equals(step)).findFirst();
    }
}
