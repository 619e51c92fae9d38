package org.cpsim.model.testing;

import java.util.ArrayList;
import java.util.List;

import org.cpsim.model.config.Band;
import org.cpsim.model.service.Journey;

/** Journey destinations that only note where each child was sent, for testing one service's decisions. */
public final class FakeServices implements Journey.Services {
    /** One routed child: where to, and the details the route carried. */
    public record Route(String to, int child, String detail) {}

    private final List<Route> routes = new ArrayList<>();

    public List<Route> routes() { return routes; }

    /** The routes taken by one child, in order. */
    public List<Route> of(int child) { return routes.stream().filter(r -> r.child() == child).toList(); }

    public void clear() { routes.clear(); }

    @Override public void offerEarlyHelp(int child, boolean stepDown, double now) { routes.add(new Route("early help", child, stepDown ? "step-down" : "offer")); }
    @Override public void leaveEarlyHelp(int child, double now) { routes.add(new Route("leave early help", child, "")); }
    @Override public void refer(int child, boolean enquiry, double perceived, double now) { routes.add(new Route("refer", child, enquiry ? "enquiry" : "assessment")); }
    @Override public void enquiryByOwnWorker(int child, double now) { routes.add(new Route("enquiry by own worker", child, "")); }
    @Override public void enquiryFinished(int child, Band band, double strategyStart, double now) { routes.add(new Route("enquiry finished", child, band.name())); }
    @Override public void startChildInNeedPlan(int child, double now) { routes.add(new Route("child in need plan", child, "")); }
    @Override public void enterCare(int child, double now) { routes.add(new Route("care", child, "")); }
    @Override public void releaseWorker(int child, double now) { routes.add(new Route("release worker", child, "")); }
}
