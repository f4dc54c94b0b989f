package vn.gov.qlvb.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.name;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.fail;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The rules of docs/style.md that a compiler cannot see, checked on the compiled classes of the
 * ejb, web and ws modules ({@code <module>/target/classes} under the repository root that the
 * build passes as {@code qlvb.root}). A capability is the first package level below
 * {@code vn.gov.qlvb} in the ejb module, with {@code boundary}, {@code control} and
 * {@code entity} below it.
 */
class ArchitectureTest {

    private static final String ROOT = "vn.gov.qlvb";
    private static final Pattern CAPABILITY_PACKAGE = Pattern.compile("vn\\.gov\\.qlvb\\.(\\w+)(?:\\.(\\w+))?.*");
    private static final Set<String> PUBLIC_LAYERS = Set.of("boundary", "entity");

    private static JavaClasses ejb;
    private static JavaClasses webAndWs;
    private static JavaClasses all;

    @BeforeAll
    static void importCompiledModules() {
        String root = System.getProperty("qlvb.root");
        if (root == null || root.isBlank()) {
            fail("System property qlvb.root (the repository root) is not set: run the test through Maven");
        }
        Path ejbClasses = classesOf(root, "ejb");
        Path webClasses = classesOf(root, "web");
        Path wsClasses = classesOf(root, "ws");
        ejb = importOwn(ejbClasses);
        webAndWs = importOwn(webClasses, wsClasses);
        all = importOwn(ejbClasses, webClasses, wsClasses);
    }

    /** The module's compiled classes; fails rather than letting every rule pass on nothing. */
    private static Path classesOf(String root, String module) {
        Path dir = Path.of(root, module, "target", "classes");
        JavaClasses own = Files.isDirectory(dir) ? importOwn(dir) : null;
        if (own == null || own.isEmpty()) {
            fail("No compiled classes of module '" + module + "' in " + dir
                    + ": compile ejb, web and ws first (./mvnw verify from the repository root)");
        }
        return dir;
    }

    private static JavaClasses importOwn(Path... dirs) {
        return new ClassFileImporter().importPaths(Arrays.asList(dirs)).that(resideInAnyPackage(ROOT + ".."));
    }

    /**
     * (a) ejb exposes no endpoint and no page. The interconnection's contract (the port type and
     * JAXB types wsimport generates from the WSDL, in {@code vn.gov.qlvb.contract}) lives in ejb
     * so that the ws WAR and the exchange's outbound adapter share one home; it carries the
     * {@code @WebService} of the port type but publishes nothing: the endpoint is in ws.
     */
    @Test
    void ejbExposesNoEndpointAndNoPage() {
        ArchRule rule = noClasses()
                .that()
                .resideOutsideOfPackage("vn.gov.qlvb.contract..")
                .should()
                .dependOnClassesThat(DescribedPredicate.<JavaClass>or(
                        name("jakarta.ws.rs.Path"),
                        name("jakarta.jws.WebService"),
                        name("jakarta.xml.ws.Endpoint"),
                        name("jakarta.xml.ws.WebServiceProvider"),
                        name("jakarta.xml.ws.Provider"),
                        resideInAnyPackage("jakarta.faces..")))
                .because("the ejb module exposes no JAX-RS resource, no @WebService and no Faces page:"
                        + " those live in web and ws");

        rule.check(ejb);
    }

    /**
     * (a') In ejb, the JAX-WS client API is the outbound SOAP adapter's alone: it calls partners'
     * {@code EdocService} through the generated contract and publishes nothing.
     */
    @Test
    void onlyTheOutboundAdapterCallsSoap() {
        ArchRule rule = noClasses()
                .that()
                .resideOutsideOfPackages("vn.gov.qlvb.contract..", ROOT + ".exchange.control.outbound..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("jakarta.xml.ws..")
                .because("SOAP calls to partners go through the exchange's outbound adapter");

        rule.check(ejb);
    }

    /** (b) entities carry behaviour but call nothing above them. */
    /**
     * A session bean is reached through its container proxy, which only forwards public business
     * methods: calling a package-private method of another bean fails at run time with "Not a
     * business method" (it compiles, and unit tests without a container cannot see it).
     */
    @Test
    void sessionBeansAreCalledOnlyThroughPublicMethods() {
        DescribedPredicate<JavaMethodCall> nonPublicMethodOfAnotherSessionBean =
                new DescribedPredicate<>("a non-public method of another session bean") {
                    @Override
                    public boolean test(JavaMethodCall call) {
                        JavaClass owner = call.getTargetOwner();
                        boolean sessionBean = owner.isAnnotatedWith("jakarta.ejb.Stateless")
                                || owner.isAnnotatedWith("jakarta.ejb.Singleton")
                                || owner.isAnnotatedWith("jakarta.ejb.Stateful");
                        return sessionBean
                                && !call.getOriginOwner().equals(owner)
                                && call.getTarget()
                                        .resolveMember()
                                        .map(m -> !m.getModifiers().contains(JavaModifier.PUBLIC))
                                        .orElse(false);
                    }
                };
        noClasses()
                .should()
                .callMethodWhere(nonPublicMethodOfAnotherSessionBean)
                .because("the EJB proxy forwards only public business methods")
                .check(all);
    }

    @Test
    void entitiesDependOnNoBoundaryAndNoControl() {
        ArchRule rule = noClasses()
                .that()
                .resideInAPackage(ROOT + ".*.entity..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(ROOT + ".*.boundary..", ROOT + ".*.control..")
                .because("entities, value objects and status enums depend on nothing but other entities");

        rule.check(ejb);
    }

    /** (c) another capability is reached through its boundary and its entities only. */
    @Test
    void capabilitiesUseEachOtherOnlyThroughBoundaryAndEntity() {
        ArchRule rule = classes()
                .that()
                .resideInAPackage(ROOT + ".*..")
                .should(useOtherCapabilitiesOnlyThrough(PUBLIC_LAYERS))
                .because("a capability's control package (repositories, policies, adapters) is its own");

        rule.check(ejb);
    }

    /** (d) no cycles between capabilities. */
    @Test
    void capabilitiesAreFreeOfCycles() {
        ArchRule rule = slices().matching(ROOT + ".(*)..")
                .should()
                .beFreeOfCycles()
                .because("capabilities form a directed graph");

        rule.check(ejb);
    }

    /** (e) the web and ws modules call boundaries, never control. */
    @Test
    void webAndWsNeverUseControl() {
        ArchRule rule = noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAPackage("..control..")
                .because("pages, REST resources and SOAP endpoints go through a capability's boundary");

        rule.check(webAndWs);
    }

    /**
     * (f) XML signatures have one home: the exchange's XML-signature adapter, the classes
     * {@code XmlDsigPackage…} (signer on the outbound side, verifier on the inbound side) in
     * {@code exchange.control}.
     */
    @Test
    void onlyTheExchangeXmlSignatureAdapterUsesSantuario() {
        ArchRule rule = noClasses()
                .that(DescribedPredicate.not(DescribedPredicate.and(
                        resideInAnyPackage(ROOT + ".exchange.control.."),
                        JavaClass.Predicates.simpleNameStartingWith("XmlDsigPackage"))))
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.apache.xml.security..")
                .because("only the exchange's XML-signature adapter imports org.apache.xml.security");

        rule.check(all);
    }

    /** (g) names that hide a concept. */
    @Test
    void noManagerHelperUtilImplOrDefaultNames() {
        ArchRule rule = noClasses()
                .should()
                .haveSimpleNameEndingWith("Manager")
                .orShould()
                .haveSimpleNameEndingWith("Helper")
                .orShould()
                .haveSimpleNameEndingWith("Util")
                .orShould()
                .haveSimpleNameEndingWith("Utils")
                .orShould()
                .haveSimpleNameEndingWith("Impl")
                .orShould()
                .haveSimpleNameStartingWith("Default")
                .because("each of these names hides a concept that deserves a name of its own");

        rule.check(all);
    }

    /** (h) REST resources are …Resource. */
    @Test
    void restResourcesAreNamedResource() {
        ArchRule rule = classes()
                .that()
                .areAnnotatedWith("jakarta.ws.rs.Path")
                .should()
                .haveSimpleNameEndingWith("Resource")
                .allowEmptyShould(true);

        rule.check(webAndWs);
    }

    /** (h) page beans are …View. */
    @Test
    void pageBeansAreNamedView() {
        ArchRule rule = classes()
                .that()
                .areAnnotatedWith("jakarta.inject.Named")
                .and()
                .areAnnotatedWith("jakarta.faces.view.ViewScoped")
                .should()
                .haveSimpleNameEndingWith("View")
                .allowEmptyShould(true);

        rule.check(webAndWs);
    }

    /**
     * Every dependency of a class in {@code vn.gov.qlvb.<capability>} on a class of another
     * capability must land in one of {@code layers} of that capability.
     */
    private static ArchCondition<JavaClass> useOtherCapabilitiesOnlyThrough(Set<String> layers) {
        return new ArchCondition<>("use other capabilities only through their " + String.join(" and ", layers)) {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                Optional<String> own = capabilityOf(origin.getPackageName()).map(m -> m.group(1));
                if (own.isEmpty()) {
                    return;
                }
                for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                    JavaClass target = dependency.getTargetClass();
                    Optional<Matcher> other = capabilityOf(target.getPackageName());
                    if (other.isEmpty() || other.get().group(1).equals(own.get())) {
                        continue;
                    }
                    String layer = other.get().group(2);
                    boolean allowed = layer != null && layers.contains(layer);
                    events.add(new SimpleConditionEvent(
                            origin,
                            allowed,
                            dependency.getDescription() + (allowed ? "" : " (" + target.getPackageName() + ")")));
                }
            }
        };
    }

    /**
     * The capability a package belongs to. The generated interconnection contract ({@code
     * vn.gov.qlvb.contract}) is none: it is the wire format the ws endpoints and the exchange's
     * outbound SOAP adapter share (rules (a) and (a') say who may use it).
     */
    private static Optional<Matcher> capabilityOf(String packageName) {
        if (packageName.startsWith(ROOT + ".contract")) {
            return Optional.empty();
        }
        Matcher m = CAPABILITY_PACKAGE.matcher(packageName);
        return m.matches() ? Optional.of(m) : Optional.empty();
    }
}
