package org.mentoringbot;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The dependency rule of DESIGN.md: core ← usecase ← chat ← adapters. The root class MentoringBot
 * wires everything by hand, so it belongs to no layer and may use any of them.
 */
@AnalyzeClasses(packages = "org.mentoringbot", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    private static final String[] ADAPTERS = {
        "org.mentoringbot.slack..", "org.mentoringbot.teams..", "org.mentoringbot.console..",
        "org.mentoringbot.persistence..", "org.mentoringbot.scheduling..", "org.mentoringbot.server.."};
    private static final String[] PLATFORM_LIBRARIES = {
        "com.slack..", "com.microsoft.bot..", "org.quartz..", "org.eclipse.persistence.."};

    @ArchTest
    static final ArchRule layersDependInwardsOnly = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .layer("core").definedBy("org.mentoringbot.core..")
            .layer("usecase").definedBy("org.mentoringbot.usecase..")
            .layer("chat").definedBy("org.mentoringbot.chat..")
            .layer("adapters").definedBy(ADAPTERS)
            .whereLayer("adapters").mayNotBeAccessedByAnyLayer()
            .whereLayer("chat").mayOnlyBeAccessedByLayers("adapters")
            .whereLayer("usecase").mayOnlyBeAccessedByLayers("chat", "adapters")
            .whereLayer("core").mayOnlyBeAccessedByLayers("usecase", "chat", "adapters");

    @ArchTest
    static final ArchRule coreUsesNothingElseOfOurs = noClasses()
            .that().resideInAPackage("org.mentoringbot.core..")
            .should().dependOnClassesThat(resideInAPackage("org.mentoringbot..").and(not(resideInAPackage("org.mentoringbot.core.."))));

    @ArchTest
    static final ArchRule theInnerLayersUseNoPlatformLibrary = noClasses()
            .that().resideInAnyPackage("org.mentoringbot.core..", "org.mentoringbot.usecase..", "org.mentoringbot.chat..")
            .should().dependOnClassesThat().resideInAnyPackage(PLATFORM_LIBRARIES);

    @ArchTest
    static final ArchRule slackDoesNotUseTeams = noClasses()
            .that().resideInAPackage("org.mentoringbot.slack..")
            .should().dependOnClassesThat().resideInAPackage("org.mentoringbot.teams..");

    // There is no teams package yet; the rule waits for it.
    @ArchTest
    static final ArchRule teamsDoesNotUseSlack = noClasses()
            .that().resideInAPackage("org.mentoringbot.teams..")
            .should().dependOnClassesThat().resideInAPackage("org.mentoringbot.slack..")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule onlySlackUsesTheSlackSdk = noClasses()
            .that().resideOutsideOfPackage("org.mentoringbot.slack..")
            .should().dependOnClassesThat().resideInAPackage("com.slack..");

    @ArchTest
    static final ArchRule onlyTeamsUsesTheBotFrameworkSdk = noClasses()
            .that().resideOutsideOfPackage("org.mentoringbot.teams..")
            .should().dependOnClassesThat().resideInAPackage("com.microsoft.bot..");

    @ArchTest
    static final ArchRule onlyPersistenceUsesTheEntityManager = noClasses()
            .that().resideOutsideOfPackage("org.mentoringbot.persistence..")
            .should().dependOnClassesThat().haveFullyQualifiedName("jakarta.persistence.EntityManager")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("jakarta.persistence.EntityManagerFactory");
}
