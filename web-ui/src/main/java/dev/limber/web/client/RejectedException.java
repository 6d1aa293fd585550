package dev.limber.web.client;

/**
 * A backend refused a change (400, 404, 409 or 422) and said why; the page shows it next to the form,
 * with what the user entered.
 */
public class RejectedException extends RuntimeException {

    private final Problem problem;

    public RejectedException(Problem problem) {
        super(problem.detail());
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }

    public int status() {
        return problem.status();
    }

    public boolean conflict() {
        return problem.status() == 409;
    }
}
