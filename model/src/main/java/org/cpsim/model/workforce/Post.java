package org.cpsim.model.workforce;

/** A funded post: held by a permanent worker, covered by an agency worker, or vacant. */
final class Post {
    SocialWorker permanent;
    SocialWorker agency;
    boolean recruiting;
    boolean seekingAgency;
    boolean cut;
    double vacantSince;  // to be removed when it next falls vacant (the establishment shrank)

    boolean hasPermanent() { return permanent != null; }

    SocialWorker holder() { return permanent != null ? permanent : agency; }
}
