package org.mentoringbot.delivery;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The outbox keeps the dependency rule: core <- usecase <- chat <- {delivery, persistence, slack}. */
class DeliveryDependencyTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.mentoringbot");

    @Test
    void deliveryKnowsNoPlatformNoDatabaseAndNoServer() {
        noClasses().that().resideInAPackage("org.mentoringbot.delivery..")
                .should().dependOnClassesThat().resideInAnyPackage("org.mentoringbot.persistence..", "org.mentoringbot.slack..",
                        "org.mentoringbot.server..", "org.mentoringbot.console..", "com.slack..", "org.eclipse.persistence..",
                        "jakarta.persistence..")
                .check(CLASSES);
    }

    @Test
    void nothingInsideDependsOnDelivery() {
        noClasses().that().resideInAnyPackage("org.mentoringbot.core..", "org.mentoringbot.usecase..", "org.mentoringbot.chat..",
                        "org.mentoringbot.persistence..", "org.mentoringbot.slack..")
                .should().dependOnClassesThat().resideInAPackage("org.mentoringbot.delivery..")
                .check(CLASSES);
    }

    @Test
    void theOutboxInCoreKnowsNothingOfChat() {
        noClasses().that().resideInAPackage("org.mentoringbot.core..")
                .should().dependOnClassesThat().resideInAnyPackage("org.mentoringbot.chat..", "org.mentoringbot.usecase..",
                        "com.google.gson..", "org.eclipse.persistence..")
                .check(CLASSES);
    }
}
