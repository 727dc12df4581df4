package org.mentoringbot.usecase;

import org.mentoringbot.core.member.Actor;
import org.mentoringbot.core.program.Leaders;
import org.mentoringbot.core.program.Program;

/** Who may do what in a program; every use case asks here rather than trusting the adapter. */
final class Roles {
    private final Leaders leaders;

    Roles(Leaders leaders) {
        this.leaders = leaders;
    }

    boolean isOwner(Program program, Actor actor) {
        return program.isOwnedBy(actor.person())
                || (actor.workspaceAdmin() && program.workspace().equals(actor.person().workspace()));
    }

    /** Leaders lead groups; owners may do everything leaders may. */
    boolean mayLead(Program program, Actor actor) {
        return isOwner(program, actor) || leaders.find(program.id(), actor.person().userId()).isPresent();
    }
}
