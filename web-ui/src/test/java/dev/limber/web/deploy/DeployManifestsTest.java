package dev.limber.web.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.LabelSelectorRequirement;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ResourceRequirements;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressTLS;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyEgressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyIngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;
import io.fabric8.kubernetes.api.model.networking.v1.ServiceBackendPort;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;

/**
 * Checks every Kubernetes manifest in deploy/kubernetes without a cluster: each Kubernetes object is
 * parsed with the typed fabric8 model (a field the model does not know fails the test), operator
 * resources are read as YAML and held to their key invariants, and the cross-references that a typo
 * would break (selectors, Secrets, ConfigMaps, labels, HPA targets, hostnames) are resolved.
 */
class DeployManifestsTest {

    static final Path DEPLOY = Paths.get("..", "deploy").toAbsolutePath().normalize();
    static final Path KUBERNETES = DEPLOY.resolve("kubernetes");
    static final Path BASE = KUBERNETES.resolve("base");
    static final Path PRODUCTION = KUBERNETES.resolve("overlays/production");
    /** The name of the port of Quarkus' management interface (health, metrics) in pods and Services. */
    static final String MANAGEMENT = "management";

    /** Kubernetes kinds parsed with the typed model, and the apiVersion each must use. */
    static final Map<String, Typed> TYPED = Map.of(
            "Deployment", new Typed("apps/v1", Deployment.class),
            "Service", new Typed("v1", Service.class),
            "ConfigMap", new Typed("v1", ConfigMap.class),
            "Namespace", new Typed("v1", Namespace.class),
            "PodDisruptionBudget", new Typed("policy/v1", PodDisruptionBudget.class),
            "HorizontalPodAutoscaler", new Typed("autoscaling/v2", HorizontalPodAutoscaler.class),
            "Ingress", new Typed("networking.k8s.io/v1", Ingress.class),
            "NetworkPolicy", new Typed("networking.k8s.io/v1", NetworkPolicy.class));

    /** Operator resources (read as YAML), and the apiVersion each must use. */
    static final Map<String, String> OPERATOR_KINDS = Map.of(
            "Cluster", "postgresql.cnpg.io/v1",
            "Database", "postgresql.cnpg.io/v1",
            "ScheduledBackup", "postgresql.cnpg.io/v1",
            "Keycloak", "k8s.keycloak.org/v2alpha1",
            "KeycloakRealmImport", "k8s.keycloak.org/v2alpha1",
            "ServiceMonitor", "monitoring.coreos.com/v1");

    record Typed(String apiVersion, Class<? extends HasMetadata> type) {
    }

    /** One YAML document of one file. */
    record Manifest(Path file, String kind, String name, JsonNode tree, HasMetadata typed) {
    }

    /**
     * Fails on unknown properties. fabric8's model classes accept any field into additionalProperties
     * (a @JsonAnySetter), which this flag does not see, so {@link #assertNoUnknownFields} walks every
     * parsed object and fails on anything collected there.
     */
    static final ObjectMapper YAML = YAMLMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    static List<Manifest> manifests;
    static String readme;
    static Map<String, Object> demoRealm;

    @BeforeAll
    static void readEverything() throws IOException {
        manifests = new ArrayList<>();
        try (Stream<Path> files = Files.walk(KUBERNETES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml"))
                    .filter(f -> !f.getFileName().toString().equals("kustomization.yaml")).sorted().toList()) {
                manifests.addAll(read(file));
            }
        }
        readme = Files.readString(DEPLOY.resolve("README.md"));
        demoRealm = mapOf(new ObjectMapper().readValue(DEPLOY.resolve("keycloak/limber-realm.json").toFile(), Map.class));
    }

    static List<Manifest> read(Path file) throws IOException {
        List<Manifest> result = new ArrayList<>();
        try (MappingIterator<JsonNode> docs = YAML.readerFor(JsonNode.class).readValues(file.toFile())) {
            while (docs.hasNext()) {
                JsonNode doc = docs.next();
                if (doc == null || doc.isEmpty()) {
                    continue;
                }
                String kind = doc.path("kind").asText();
                String apiVersion = doc.path("apiVersion").asText();
                String name = doc.path("metadata").path("name").asText();
                String where = file + " " + kind + "/" + name;
                assertFalse(name.isBlank(), where + ": metadata.name is missing");
                HasMetadata typed = null;
                if (TYPED.containsKey(kind)) {
                    assertEquals(TYPED.get(kind).apiVersion(), apiVersion, where + ": apiVersion");
                    typed = YAML.treeToValue(doc, TYPED.get(kind).type());
                    assertNoUnknownFields(typed, where);
                } else if (OPERATOR_KINDS.containsKey(kind)) {
                    assertEquals(OPERATOR_KINDS.get(kind), apiVersion, where + ": apiVersion");
                } else {
                    fail(where + ": kind " + kind + " is neither a checked Kubernetes kind nor a known operator resource"
                            + (kind.equals("Secret") ? " (Secret values are never committed)" : ""));
                }
                result.add(new Manifest(file, kind, name, doc, typed));
            }
        }
        return result;
    }

    // ---- typed parsing: the model keeps unknown fields in additionalProperties; none may be there ----

    static void assertNoUnknownFields(Object node, String path) {
        if (node == null) {
            return;
        }
        if (node instanceof Collection<?> list) {
            int i = 0;
            for (Object item : list) {
                assertNoUnknownFields(item, path + "[" + i++ + "]");
            }
            return;
        }
        if (node instanceof Map<?, ?> map) {
            map.forEach((k, v) -> assertNoUnknownFields(v, path + "." + k));
            return;
        }
        if (!node.getClass().getName().startsWith("io.fabric8.")) {
            return;
        }
        for (Method getter : node.getClass().getMethods()) {
            if (getter.getParameterCount() != 0 || Modifier.isStatic(getter.getModifiers())
                    || !getter.getName().startsWith("get") || getter.getDeclaringClass() == Object.class) {
                continue;
            }
            Object value;
            try {
                value = getter.invoke(node);
            } catch (ReflectiveOperationException e) {
                continue;
            }
            if (getter.getName().equals("getAdditionalProperties")) {
                Map<?, ?> unknown = (Map<?, ?>) value;
                assertTrue(unknown == null || unknown.isEmpty(),
                        path + ": unknown field(s) " + (unknown == null ? "" : unknown.keySet()));
            } else {
                assertNoUnknownFields(value, path + "." + getter.getName().substring(3));
            }
        }
    }

    @Test
    void aMisspeltFieldAnywhereInAManifestFailsTheCheck() throws IOException {
        Deployment misspelt = YAML.readValue("""
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: misspelt
                spec:
                  replicas: 2
                  template:
                    spec:
                      containers:
                        - name: app
                          image: registry.example.org/limber/app:1.0.0
                          readinesProbe:
                            httpGet:
                              path: /q/health/ready
                              port: 8080
                """, Deployment.class);
        AssertionError error = assertThrows(AssertionError.class, () -> assertNoUnknownFields(misspelt, "misspelt"));
        assertTrue(error.getMessage().contains("readinesProbe"), error.getMessage());
        assertThrows(Exception.class, () -> YAML.readValue("kind: Deployment\nspec:\n  replicas: two\n", Deployment.class),
                "a value of the wrong type fails the typed parse");
    }

    // ---- lookups ----

    static <T extends HasMetadata> List<T> typed(Class<T> type) {
        return manifests.stream().filter(m -> type.isInstance(m.typed())).map(m -> type.cast(m.typed())).toList();
    }

    static List<Manifest> kind(String kind) {
        return manifests.stream().filter(m -> m.kind().equals(kind)).toList();
    }

    static Manifest one(String kind, String name) {
        return kind(kind).stream().filter(m -> m.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + "/" + name + " in deploy/kubernetes"));
    }

    static Deployment deployment(String name) {
        return typed(Deployment.class).stream().filter(d -> d.getMetadata().getName().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no Deployment " + name));
    }

    static Map<String, String> configMapData(String name) {
        return typed(ConfigMap.class).stream().filter(c -> c.getMetadata().getName().equals(name)).findFirst()
                .map(ConfigMap::getData).orElseThrow(() -> new AssertionError("no ConfigMap " + name));
    }

    /** Labels of every pod Limber runs: its Deployments, and the pods the operators create. */
    static Map<String, Map<String, String>> podLabels() {
        Map<String, Map<String, String>> pods = new LinkedHashMap<>();
        for (Deployment d : typed(Deployment.class)) {
            pods.put(d.getMetadata().getName(), d.getSpec().getTemplate().getMetadata().getLabels());
        }
        for (Manifest cluster : kind("Cluster")) {
            Map<String, String> labels = new LinkedHashMap<>();
            cluster.tree().path("spec").path("inheritedMetadata").path("labels")
                    .fields().forEachRemaining(e -> labels.put(e.getKey(), e.getValue().asText()));
            labels.put("cnpg.io/cluster", cluster.name()); // set by CloudNativePG on every instance pod
            labels.put("cnpg.io/podRole", "instance");
            pods.put("postgres " + cluster.name(), labels);
        }
        for (Manifest keycloak : kind("Keycloak")) {
            // set by the Keycloak Operator on the server pods; the realm-import Job's pods get app=keycloak-realm-import
            Map<String, String> server = Map.of("app", "keycloak", "app.kubernetes.io/instance", keycloak.name(),
                    "app.kubernetes.io/managed-by", "keycloak-operator");
            pods.put("keycloak " + keycloak.name(), server);
            Map<String, String> importJob = new LinkedHashMap<>(server);
            importJob.put("app", "keycloak-realm-import");
            pods.put("keycloak realm import " + keycloak.name(), importJob);
        }
        return pods;
    }

    static boolean matches(LabelSelector selector, Map<String, String> labels) {
        if (selector == null) {
            return false;
        }
        if (selector.getMatchLabels() != null
                && !selector.getMatchLabels().entrySet().stream().allMatch(e -> e.getValue().equals(labels.get(e.getKey())))) {
            return false;
        }
        for (LabelSelectorRequirement r : Objects.requireNonNullElse(selector.getMatchExpressions(),
                List.<LabelSelectorRequirement> of())) {
            String value = labels.get(r.getKey());
            boolean ok = switch (r.getOperator()) {
                case "In" -> r.getValues().contains(value);
                case "NotIn" -> value == null || !r.getValues().contains(value);
                case "Exists" -> value != null;
                case "DoesNotExist" -> value == null;
                default -> throw new AssertionError("unknown selector operator " + r.getOperator());
            };
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    static Set<String> podsSelectedBy(LabelSelector selector) {
        return podLabels().entrySet().stream().filter(e -> matches(selector, e.getValue())).map(Map.Entry::getKey)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    // ---- Deployments ----

    @Test
    void everyDeploymentIsHighlyAvailableAndHardened() {
        List<Deployment> deployments = typed(Deployment.class);
        assertEquals(Set.of("catalog-service", "program-service", "web-ui"),
                deployments.stream().map(d -> d.getMetadata().getName()).collect(Collectors.toSet()));
        for (Deployment d : deployments) {
            String name = d.getMetadata().getName();
            assertTrue(d.getSpec().getReplicas() >= 2, name + ": at least 2 replicas");
            assertTrue(matches(d.getSpec().getSelector(), d.getSpec().getTemplate().getMetadata().getLabels()),
                    name + ": selector matches its pod template");
            assertEquals("0", String.valueOf(d.getSpec().getStrategy().getRollingUpdate().getMaxUnavailable().getValue()),
                    name + ": a rolling update never goes below the wanted replicas");
            PodSpec pod = d.getSpec().getTemplate().getSpec();
            assertEquals(Boolean.TRUE, pod.getSecurityContext().getRunAsNonRoot(), name + ": runAsNonRoot");
            assertTrue(pod.getSecurityContext().getRunAsUser() != null && pod.getSecurityContext().getRunAsUser() > 0,
                    name + ": runs as a non-zero uid");
            assertEquals("RuntimeDefault", pod.getSecurityContext().getSeccompProfile().getType(), name + ": seccomp");
            assertEquals(Boolean.FALSE, pod.getAutomountServiceAccountToken(), name + ": no API token mounted");
            // quarkus.shutdown.delay (10s) + quarkus.shutdown.timeout (30s) must fit in the grace period
            assertTrue(pod.getTerminationGracePeriodSeconds() >= 45, name + ": grace period covers delay + timeout");
            for (Container c : pod.getContainers()) {
                String where = name + "/" + c.getName();
                assertPinned(c.getImage(), where);
                assertHealthProbes(c, where);
                assertSized(c.getResources(), where);
                var sc = c.getSecurityContext();
                assertNotNull(sc, where + ": container securityContext");
                assertEquals(Boolean.FALSE, sc.getAllowPrivilegeEscalation(), where + ": allowPrivilegeEscalation");
                assertEquals(Boolean.TRUE, sc.getReadOnlyRootFilesystem(), where + ": readOnlyRootFilesystem");
                assertTrue(sc.getPrivileged() == null || !sc.getPrivileged(), where + ": not privileged");
                assertEquals(List.of("ALL"), sc.getCapabilities().getDrop(), where + ": drops all capabilities");
                assertTrue(c.getVolumeMounts().stream().anyMatch(m -> m.getMountPath().equals("/tmp")),
                        where + ": a writable /tmp, since the root filesystem is read-only");
                String metricsPort = d.getSpec().getTemplate().getMetadata().getAnnotations().get("prometheus.io/port");
                assertEquals("/q/metrics", d.getSpec().getTemplate().getMetadata().getAnnotations().get("prometheus.io/path"),
                        where + ": Prometheus scrapes /q/metrics");
                assertEquals(String.valueOf(containerPort(c, MANAGEMENT)), metricsPort,
                        where + ": the scraped port is the management port");
                assertNotEquals(containerPort(c, "http"), containerPort(c, MANAGEMENT),
                        where + ": health and metrics have a port of their own");
            }
        }
    }

    static void assertPinned(String image, String where) {
        assertNotNull(image, where + ": image");
        if (image.contains("@sha256:")) {
            return;
        }
        String tag = image.substring(image.lastIndexOf('/') + 1);
        assertTrue(tag.contains(":"), where + ": image " + image + " has no tag");
        String version = tag.substring(tag.indexOf(':') + 1);
        assertFalse(version.isBlank() || version.equals("latest") || version.endsWith("SNAPSHOT"),
                where + ": image " + image + " is not pinned");
    }

    /** The number of the container port with this name. */
    static int containerPort(Container c, String name) {
        return c.getPorts().stream().filter(p -> name.equals(p.getName())).map(ContainerPort::getContainerPort).findFirst()
                .orElseThrow(() -> new AssertionError(c.getName() + ": no container port named " + name));
    }

    static void assertHealthProbes(Container c, String where) {
        assertProbe(c, c.getStartupProbe(), "/q/health/started", where + ": startupProbe");
        assertProbe(c, c.getReadinessProbe(), "/q/health/ready", where + ": readinessProbe");
        assertProbe(c, c.getLivenessProbe(), "/q/health/live", where + ": livenessProbe");
    }

    static void assertProbe(Container c, Probe probe, String path, String where) {
        assertNotNull(probe, where);
        assertNotNull(probe.getHttpGet(), where + " is an HTTP probe");
        assertEquals(path, probe.getHttpGet().getPath(), where + " path");
        var port = probe.getHttpGet().getPort();
        boolean known = c.getPorts().stream().anyMatch(p -> Objects.equals(p.getName(), port.getStrVal())
                || Objects.equals(p.getContainerPort(), port.getIntVal()));
        assertTrue(known, where + " targets a port the container declares");
        assertEquals(MANAGEMENT, port.getStrVal(), where + " targets the management port by name (health is served only there)");
    }

    static void assertSized(ResourceRequirements resources, String where) {
        assertNotNull(resources, where + ": resources");
        for (String r : List.of("cpu", "memory")) {
            Quantity request = resources.getRequests() == null ? null : resources.getRequests().get(r);
            Quantity limit = resources.getLimits() == null ? null : resources.getLimits().get(r);
            assertNotNull(request, where + ": request for " + r);
            assertNotNull(limit, where + ": limit for " + r);
            assertTrue(request.getNumericalAmount().compareTo(limit.getNumericalAmount()) <= 0,
                    where + ": " + r + " request above its limit");
        }
    }

    @Test
    void everyDeploymentHasADisruptionBudgetAndTheScalableOnesAnAutoscaler() {
        for (Deployment d : typed(Deployment.class)) {
            Map<String, String> labels = d.getSpec().getTemplate().getMetadata().getLabels();
            List<PodDisruptionBudget> pdbs = typed(PodDisruptionBudget.class).stream()
                    .filter(p -> matches(p.getSpec().getSelector(), labels)).toList();
            assertEquals(1, pdbs.size(), d.getMetadata().getName() + ": exactly one PodDisruptionBudget");
            var pdb = pdbs.get(0).getSpec();
            assertTrue(pdb.getMinAvailable() != null && pdb.getMinAvailable().getIntVal() != null
                    && pdb.getMinAvailable().getIntVal() >= 1 && pdb.getMinAvailable().getIntVal() < d.getSpec().getReplicas(),
                    d.getMetadata().getName() + ": the budget keeps one pod and still lets a node drain");
        }
        Set<String> deployments = typed(Deployment.class).stream().map(d -> d.getMetadata().getName()).collect(Collectors.toSet());
        Set<String> scaled = new HashSet<>();
        for (HorizontalPodAutoscaler hpa : typed(HorizontalPodAutoscaler.class)) {
            var target = hpa.getSpec().getScaleTargetRef();
            String where = "HPA " + hpa.getMetadata().getName();
            assertEquals("Deployment", target.getKind(), where);
            assertEquals("apps/v1", target.getApiVersion(), where);
            assertTrue(deployments.contains(target.getName()), where + " points at a real Deployment, not " + target.getName());
            assertTrue(hpa.getSpec().getMinReplicas() >= 2, where + ": never below 2 replicas");
            assertTrue(hpa.getSpec().getMaxReplicas() > hpa.getSpec().getMinReplicas(), where + ": room to grow");
            scaled.add(target.getName());
        }
        assertEquals(Set.of("program-service", "web-ui"), scaled);
    }

    // ---- Services, Ingress ----

    @Test
    void everyServiceSelectsAPodTemplateAndANamedPort() {
        for (Service s : typed(Service.class)) {
            String where = "Service " + s.getMetadata().getName();
            List<Deployment> selected = typed(Deployment.class).stream()
                    .filter(d -> d.getSpec().getTemplate().getMetadata().getLabels().entrySet()
                            .containsAll(s.getSpec().getSelector().entrySet()))
                    .toList();
            assertEquals(1, selected.size(), where + " selects exactly one pod template");
            List<ContainerPort> ports = selected.get(0).getSpec().getTemplate().getSpec().getContainers().stream()
                    .flatMap(c -> c.getPorts().stream()).toList();
            for (ServicePort p : s.getSpec().getPorts()) {
                assertTrue(ports.stream().anyMatch(cp -> Objects.equals(cp.getName(), p.getTargetPort().getStrVal())
                        || Objects.equals(cp.getContainerPort(), p.getTargetPort().getIntVal())),
                        where + ": targetPort " + p.getTargetPort() + " exists in the pod");
            }
        }
    }

    @Test
    void ingressServesThePortalAndKeycloakOverTls() {
        Map<String, String> hostToBackend = new LinkedHashMap<>();
        for (Ingress ingress : typed(Ingress.class)) {
            Set<String> tlsHosts = ingress.getSpec().getTls().stream().flatMap(t -> t.getHosts().stream()).collect(Collectors.toSet());
            for (IngressTLS tls : ingress.getSpec().getTls()) {
                assertSecretAccountedFor(tls.getSecretName(), List.of("tls.crt", "tls.key"), "Ingress " + ingress.getMetadata().getName());
            }
            for (var rule : ingress.getSpec().getRules()) {
                assertTrue(tlsHosts.contains(rule.getHost()), rule.getHost() + " is served over TLS");
                for (var path : rule.getHttp().getPaths()) {
                    String where = "Ingress " + ingress.getMetadata().getName() + " " + rule.getHost() + path.getPath();
                    hostToBackend.put(rule.getHost(), path.getBackend().getService().getName());
                    assertNotManagementPort(path.getBackend().getService().getName(), path.getBackend().getService().getPort(), where);
                    // ingress-nginx's default path validation (strict-validate-path-type) refuses anything else
                    assertTrue(Set.of("Prefix", "Exact").contains(path.getPathType()) && path.getPath().matches("/[A-Za-z0-9/_-]*"),
                            where + ": a plain Prefix or Exact path");
                }
            }
        }
        String keycloakService = one("Keycloak", "limber-keycloak").name() + "-service"; // created by the operator
        assertEquals(Map.of(portalHost(), "web-ui", keycloakHost(), keycloakService), hostToBackend,
                "only the portal and Keycloak are reachable from outside");
        assertTrue(typed(Service.class).stream().anyMatch(s -> s.getMetadata().getName().equals("web-ui")));
    }

    /** An Ingress backend is never a management port, by the Service port's name or by what it targets. */
    static void assertNotManagementPort(String service, ServiceBackendPort port, String where) {
        assertNotEquals(MANAGEMENT, port.getName(), where + ": routes to a management port");
        typed(Service.class).stream().filter(s -> s.getMetadata().getName().equals(service)).findFirst().ifPresent(s -> {
            ServicePort target = s.getSpec().getPorts().stream()
                    .filter(p -> Objects.equals(p.getName(), port.getName()) || Objects.equals(p.getPort(), port.getNumber()))
                    .findFirst().orElseThrow(() -> new AssertionError(where + ": Service " + service + " has no such port"));
            assertNotEquals(MANAGEMENT, target.getName(), where + ": routes to a management port");
            assertNotEquals(MANAGEMENT, target.getTargetPort().getStrVal(), where + ": routes to a management port");
        });
    }

    @Test
    void keycloaksAdminConsoleIsOnlyOnAnInternalHostname() {
        String admin = one("Keycloak", "limber-keycloak").tree().path("spec").path("hostname").path("admin").asText();
        URI adminUrl = URI.create(admin);
        assertEquals("https", adminUrl.getScheme(), "spec.hostname.admin is a full https URL");
        assertNotEquals(keycloakHost(), adminUrl.getHost(), "the admin console has a hostname of its own");
        Set<String> publicHosts = typed(Ingress.class).stream().flatMap(i -> i.getSpec().getRules().stream())
                .map(r -> r.getHost()).collect(Collectors.toSet());
        assertFalse(publicHosts.contains(adminUrl.getHost()), "no Ingress in deploy/ serves the admin hostname");
        // The public Keycloak host serves sign-in only: never /admin (console and Admin REST API), nor everything under /
        Ingress keycloak = (Ingress) one("Ingress", "limber-keycloak").typed();
        Set<String> paths = keycloak.getSpec().getRules().stream().flatMap(r -> r.getHttp().getPaths().stream())
                .map(p -> p.getPath()).collect(Collectors.toSet());
        assertEquals(Set.of("/realms", "/resources"), paths, "the public Keycloak Ingress routes only sign-in's paths");
        assertTrue(readme.contains(adminUrl.getHost()), "deploy/README.md tells how operators reach the admin console");
    }

    static String portalHost() {
        return one("Ingress", "limber-portal").typed() instanceof Ingress i ? i.getSpec().getRules().get(0).getHost() : null;
    }

    static String keycloakHost() {
        return one("Ingress", "limber-keycloak").typed() instanceof Ingress i ? i.getSpec().getRules().get(0).getHost() : null;
    }

    // ---- ConfigMaps and Secrets ----

    @Test
    void everyConfigMapAndSecretReferencedExistsOrIsDocumented() {
        for (Deployment d : typed(Deployment.class)) {
            PodSpec pod = d.getSpec().getTemplate().getSpec();
            for (Container c : pod.getContainers()) {
                String where = d.getMetadata().getName() + "/" + c.getName();
                for (EnvFromSource from : Objects.requireNonNullElse(c.getEnvFrom(), List.<EnvFromSource> of())) {
                    if (from.getConfigMapRef() != null) {
                        configMapData(from.getConfigMapRef().getName());
                    }
                    if (from.getSecretRef() != null) {
                        fail(where + ": take single keys from Secrets, not whole Secrets");
                    }
                }
                for (EnvVar env : Objects.requireNonNullElse(c.getEnv(), List.<EnvVar> of())) {
                    if (env.getValueFrom() == null) {
                        continue;
                    }
                    if (env.getValueFrom().getConfigMapKeyRef() != null) {
                        var ref = env.getValueFrom().getConfigMapKeyRef();
                        assertTrue(configMapData(ref.getName()).containsKey(ref.getKey()), where + ": " + ref.getName() + "/" + ref.getKey());
                    }
                    if (env.getValueFrom().getSecretKeyRef() != null) {
                        var ref = env.getValueFrom().getSecretKeyRef();
                        assertSecretAccountedFor(ref.getName(), List.of(ref.getKey()), where + " " + env.getName());
                    }
                }
            }
            for (Volume v : Objects.requireNonNullElse(pod.getVolumes(), List.<Volume> of())) {
                if (v.getConfigMap() != null) {
                    configMapData(v.getConfigMap().getName());
                }
                if (v.getSecret() != null) {
                    assertSecretAccountedFor(v.getSecret().getSecretName(), List.of(), d.getMetadata().getName());
                }
            }
        }
        Manifest keycloak = one("Keycloak", "limber-keycloak");
        JsonNode db = keycloak.tree().path("spec").path("db");
        assertSecretAccountedFor(db.path("usernameSecret").path("name").asText(), List.of(db.path("usernameSecret").path("key").asText()), "Keycloak db");
        assertSecretAccountedFor(db.path("passwordSecret").path("name").asText(), List.of(db.path("passwordSecret").path("key").asText()), "Keycloak db");
        assertSecretAccountedFor(keycloak.tree().path("spec").path("http").path("tlsSecret").asText(), List.of("tls.crt", "tls.key"), "Keycloak TLS");
        kind("KeycloakRealmImport").forEach(i -> i.tree().path("spec").path("placeholders").forEach(p -> assertSecretAccountedFor(
                p.path("secret").path("name").asText(), List.of(p.path("secret").path("key").asText()), "realm import placeholder")));
        Manifest cluster = one("Cluster", "limber-db");
        JsonNode spec = cluster.tree().path("spec");
        assertSecretAccountedFor(spec.path("bootstrap").path("initdb").path("secret").path("name").asText(), List.of("username", "password"), "CNPG bootstrap owner");
        spec.path("managed").path("roles").forEach(r -> assertSecretAccountedFor(r.path("passwordSecret").path("name").asText(),
                List.of("username", "password"), "CNPG role " + r.path("name").asText()));
        spec.path("backup").path("barmanObjectStore").path("s3Credentials").forEach(ref -> assertSecretAccountedFor(
                ref.path("name").asText(), List.of(ref.path("key").asText()), "CNPG backup credentials"));
    }

    /**
     * A Secret is never committed: it must be listed in deploy/README.md's table of Secrets (a row naming
     * it in backticks, its keys, and who creates it: the installer or an operator).
     */
    static void assertSecretAccountedFor(String name, List<String> keys, String where) {
        assertFalse(name == null || name.isBlank(), where + ": Secret name missing");
        String row = readme.lines().filter(l -> l.startsWith("| `" + name + "`")).findFirst()
                .orElseThrow(() -> new AssertionError(where + ": Secret " + name + " is neither in deploy/ nor in the README's table of Secrets"));
        for (String key : keys) {
            assertTrue(row.contains("`" + key + "`"), where + ": the README's row for " + name + " names key " + key);
        }
    }

    @Test
    void configurationPointsAtTheRealDatabaseKeycloakAndServices() {
        String issuer = one("Keycloak", "limber-keycloak").tree().path("spec").path("hostname").path("hostname").asText() + "/realms/limber";
        assertEquals("https://" + keycloakHost() + "/realms/limber", issuer, "Keycloak hostname matches its Ingress");
        String rw = one("Cluster", "limber-db").name() + "-rw";
        Map<String, String> databases = Map.of("catalog-service", "catalog", "program-service", "program");
        for (String service : List.of("catalog-service", "program-service", "web-ui")) {
            Map<String, String> config = configMapData(service + "-config");
            assertEquals(issuer, config.get("QUARKUS_OIDC_AUTH_SERVER_URL"), service + ": OIDC server");
            assertTrue(config.containsKey("QUARKUS_OTEL_EXPORTER_OTLP_ENDPOINT"), service + ": OpenTelemetry export is configurable");
            if (databases.containsKey(service)) {
                assertEquals("jdbc:postgresql://" + rw + ":5432/" + databases.get(service), config.get("QUARKUS_DATASOURCE_JDBC_URL"), service);
            }
        }
        assertEquals("http://catalog-service:8081", configMapData("program-service-config").get("QUARKUS_REST_CLIENT_CATALOG_URL"));
        Map<String, String> web = configMapData("web-ui-config");
        assertEquals("web-ui", web.get("QUARKUS_OIDC_CLIENT_ID"));
        assertEquals("http://catalog-service:8081", web.get("QUARKUS_REST_CLIENT_CATALOG_URL"));
        assertEquals("http://program-service:8082", web.get("QUARKUS_REST_CLIENT_PROGRAM_URL"));
        List<String> webEnv = deployment("web-ui").getSpec().getTemplate().getSpec().getContainers().get(0).getEnv().stream().map(EnvVar::getName).toList();
        assertTrue(webEnv.containsAll(List.of("QUARKUS_OIDC_CREDENTIALS_SECRET", "QUARKUS_OIDC_TOKEN_STATE_MANAGER_ENCRYPTION_SECRET")),
                "web-ui: client secret and one session-cookie key shared by all replicas");
        List<String> programEnv = deployment("program-service").getSpec().getTemplate().getSpec().getContainers().get(0).getEnv().stream().map(EnvVar::getName).toList();
        assertTrue(programEnv.containsAll(List.of("QUARKUS_MAILER_USERNAME", "QUARKUS_MAILER_PASSWORD")), "program-service: SMTP credentials");
        assertTrue(configMapData("program-service-config").keySet().containsAll(List.of("QUARKUS_MAILER_HOST", "QUARKUS_MAILER_PORT", "QUARKUS_MAILER_FROM")));
        assertEquals("https://" + portalHost(), configMapData("program-service-config").get("LIMBER_PROGRAM_FLAGS_PORTAL_URL"),
                "alert e-mails link to the portal's public address");
    }

    // ---- NetworkPolicies ----

    static final Set<String> OUTSIDE_NAMESPACES = Set.of("ingress-nginx", "monitoring", "kube-system", "cnpg-system", "observability");

    @Test
    void everyNetworkPolicyMatchesRealPodsAndNamespaces() {
        Map<String, Map<String, String>> pods = podLabels();
        for (NetworkPolicy np : typed(NetworkPolicy.class)) {
            String where = "NetworkPolicy " + np.getMetadata().getName();
            LabelSelector target = np.getSpec().getPodSelector();
            boolean everyPod = (target.getMatchLabels() == null || target.getMatchLabels().isEmpty())
                    && (target.getMatchExpressions() == null || target.getMatchExpressions().isEmpty());
            assertTrue(everyPod || !podsSelectedBy(target).isEmpty(), where + " selects no pod");
            List<NetworkPolicyPeer> peers = new ArrayList<>();
            np.getSpec().getIngress().forEach(r -> peers.addAll(r.getFrom()));
            np.getSpec().getEgress().forEach(r -> peers.addAll(r.getTo()));
            for (NetworkPolicyPeer peer : peers) {
                if (peer.getNamespaceSelector() != null) {
                    String ns = peer.getNamespaceSelector().getMatchLabels().get("kubernetes.io/metadata.name");
                    assertTrue(OUTSIDE_NAMESPACES.contains(ns), where + ": namespace " + ns + " is not one the README documents");
                    assertTrue(readme.contains("`" + ns + "`"), where + ": namespace " + ns + " is documented in deploy/README.md");
                } else if (peer.getPodSelector() != null) {
                    assertFalse(podsSelectedBy(peer.getPodSelector()).isEmpty(), where + ": peer " + peer.getPodSelector() + " matches no pod");
                }
            }
        }
        assertFalse(pods.isEmpty());
    }

    /** Pods in this namespace allowed in, per target pod, on any port (namespaces are listed as "ns:"). */
    static Set<String> allowedSources(String targetPod) {
        Map<String, String> labels = podLabels().get(targetPod);
        Set<String> sources = new TreeSet<>();
        for (NetworkPolicy np : typed(NetworkPolicy.class)) {
            if (!np.getSpec().getPolicyTypes().contains("Ingress") || !(matches(np.getSpec().getPodSelector(), labels)
                    || np.getSpec().getPodSelector().getMatchLabels() == null && np.getSpec().getPodSelector().getMatchExpressions() == null)) {
                continue;
            }
            for (NetworkPolicyIngressRule rule : np.getSpec().getIngress()) {
                assertFalse(rule.getFrom().isEmpty(), np.getMetadata().getName() + ": an ingress rule without 'from' opens the pod to all");
                for (NetworkPolicyPeer peer : rule.getFrom()) {
                    assertTrue(peer.getIpBlock() == null, np.getMetadata().getName() + ": no ipBlock ingress");
                    if (peer.getNamespaceSelector() != null) {
                        sources.add("ns:" + peer.getNamespaceSelector().getMatchLabels().get("kubernetes.io/metadata.name"));
                    } else {
                        sources.addAll(podsSelectedBy(peer.getPodSelector()));
                    }
                }
            }
        }
        return sources;
    }

    @Test
    void onlyTheIntendedCallersReachEachPod() {
        assertEquals(Set.of("ns:ingress-nginx", "ns:monitoring"), allowedSources("web-ui"));
        assertEquals(Set.of("web-ui", "program-service", "ns:monitoring"), allowedSources("catalog-service"));
        assertEquals(Set.of("web-ui", "ns:monitoring"), allowedSources("program-service"));
        assertEquals(Set.of("catalog-service", "program-service", "keycloak limber-keycloak", "keycloak realm import limber-keycloak",
                "postgres limber-db", "ns:cnpg-system", "ns:monitoring"), allowedSources("postgres limber-db"));
        // Keycloak: its own operator-managed NetworkPolicy admits only the ingress controller to HTTPS
        JsonNode kcPolicy = one("Keycloak", "limber-keycloak").tree().path("spec").path("networkPolicy");
        assertTrue(kcPolicy.path("enabled").asBoolean(), "Keycloak's NetworkPolicy is on");
        assertEquals("ingress-nginx", kcPolicy.path("https").get(0).path("namespaceSelector").path("matchLabels").path("kubernetes.io/metadata.name").asText());
        assertEquals(1, kcPolicy.path("https").size());
    }

    /**
     * The port numbers a source ("ns:..." or a pod name, as in {@link #allowedSources}) may reach on a Limber
     * service's pod; "*" for a rule without ports (every port).
     */
    static Set<String> allowedPorts(String targetPod, String source) {
        Map<String, String> labels = podLabels().get(targetPod);
        Container container = deployment(targetPod).getSpec().getTemplate().getSpec().getContainers().get(0);
        Set<String> ports = new TreeSet<>();
        for (NetworkPolicy np : typed(NetworkPolicy.class)) {
            if (!np.getSpec().getPolicyTypes().contains("Ingress") || !matches(np.getSpec().getPodSelector(), labels)) {
                continue;
            }
            for (NetworkPolicyIngressRule rule : np.getSpec().getIngress()) {
                boolean fromSource = rule.getFrom().stream().anyMatch(peer -> peer.getNamespaceSelector() != null
                        ? source.equals("ns:" + peer.getNamespaceSelector().getMatchLabels().get("kubernetes.io/metadata.name"))
                        : podsSelectedBy(peer.getPodSelector()).contains(source));
                if (!fromSource) {
                    continue;
                }
                if (rule.getPorts() == null || rule.getPorts().isEmpty()) {
                    ports.add("*");
                }
                for (NetworkPolicyPort port : Objects.requireNonNullElse(rule.getPorts(), List.<NetworkPolicyPort> of())) {
                    ports.add(port.getPort().getStrVal() != null ? String.valueOf(containerPort(container, port.getPort().getStrVal()))
                            : String.valueOf(port.getPort().getIntVal()));
                }
            }
        }
        return ports;
    }

    @Test
    void healthAndMetricsAreReachedOnlyByPrometheusAndTheIngressOnlyReachesThePortal() {
        for (Deployment d : typed(Deployment.class)) {
            String name = d.getMetadata().getName();
            Container c = d.getSpec().getTemplate().getSpec().getContainers().get(0);
            String management = String.valueOf(containerPort(c, MANAGEMENT));
            assertEquals(Set.of(management), allowedPorts(name, "ns:monitoring"), name + ": Prometheus reaches the management port only");
            for (String source : allowedSources(name)) {
                if (!source.equals("ns:monitoring")) {
                    Set<String> ports = allowedPorts(name, source);
                    assertFalse(ports.contains(management) || ports.contains("*"), name + ": " + source + " may not reach the management port");
                }
            }
        }
        String portalHttp = String.valueOf(containerPort(deployment("web-ui").getSpec().getTemplate().getSpec().getContainers().get(0), "http"));
        assertEquals(Set.of(portalHttp), allowedPorts("web-ui", "ns:ingress-nginx"), "the ingress controller reaches only the portal's http port");
    }

    @Test
    void programServiceMayReachTheSmtpRelay() {
        String smtpPort = configMapData("program-service-config").get("QUARKUS_MAILER_PORT");
        NetworkPolicy np = typed(NetworkPolicy.class).stream().filter(n -> n.getMetadata().getName().equals("program-service")).findFirst().orElseThrow();
        boolean allowed = np.getSpec().getEgress().stream().map(NetworkPolicyEgressRule::getPorts).flatMap(List::stream)
                .map(NetworkPolicyPort::getPort).anyMatch(p -> String.valueOf(p.getIntVal()).equals(smtpPort));
        assertTrue(allowed, "egress to the SMTP port " + smtpPort);
    }

    // ---- operators: CloudNativePG and Keycloak ----

    @Test
    void postgresIsAThreeInstanceClusterWithADatabaseAndOwnerPerServiceAndBackups() {
        JsonNode spec = one("Cluster", "limber-db").tree().path("spec");
        assertEquals(3, spec.path("instances").asInt());
        assertPinned(spec.path("imageName").asText(), "Cluster limber-db");
        Map<String, String> owners = new LinkedHashMap<>();
        owners.put(spec.path("bootstrap").path("initdb").path("database").asText(), spec.path("bootstrap").path("initdb").path("owner").asText());
        Set<String> roles = new HashSet<>();
        roles.add(spec.path("bootstrap").path("initdb").path("owner").asText());
        spec.path("managed").path("roles").forEach(r -> {
            roles.add(r.path("name").asText());
            assertTrue(r.path("login").asBoolean(), "role " + r.path("name").asText() + " can log in");
            assertFalse(r.path("superuser").asBoolean(), "role " + r.path("name").asText() + " is no superuser");
        });
        for (Manifest db : kind("Database")) {
            assertEquals("limber-db", db.tree().path("spec").path("cluster").path("name").asText(), db.name());
            owners.put(db.tree().path("spec").path("name").asText(), db.tree().path("spec").path("owner").asText());
        }
        assertEquals(Map.of("catalog", "catalog", "program", "program", "keycloak", "keycloak"), owners, "one database and owner each");
        assertTrue(roles.containsAll(owners.values()), "every owner is a role the cluster creates");
        assertFalse(spec.path("backup").path("barmanObjectStore").path("destinationPath").asText().isBlank(), "backups go to object storage");
        Manifest backup = kind("ScheduledBackup").get(0);
        assertEquals("limber-db", backup.tree().path("spec").path("cluster").path("name").asText());
        assertFalse(backup.tree().path("spec").path("schedule").asText().isBlank());
        assertTrue(readme.contains("limber-backups-CHANGE-ME"), "the backup bucket placeholder is documented");
    }

    @Test
    void keycloakIsHighlyAvailableBehindTls() {
        JsonNode spec = one("Keycloak", "limber-keycloak").tree().path("spec");
        assertTrue(spec.path("instances").asInt() >= 2);
        assertPinned(spec.path("image").asText(), "Keycloak");
        assertEquals("limber-db-rw", spec.path("db").path("host").asText());
        assertEquals("keycloak", spec.path("db").path("database").asText());
        assertFalse(spec.path("resources").path("requests").path("memory").asText().isBlank());
        assertFalse(spec.path("resources").path("limits").path("cpu").asText().isBlank());
    }

    @Test
    @SuppressWarnings("unchecked")
    void theProductionRealmIsTheDemoRealmWithoutUsersOrPasswordGrant() throws IOException {
        Manifest realmImport = one("KeycloakRealmImport", "limber-realm");
        assertEquals("limber-keycloak", realmImport.tree().path("spec").path("keycloakCRName").asText());
        Map<String, Object> realm = mapOf(YAML.convertValue(realmImport.tree().path("spec").path("realm"), Map.class));
        assertFalse(realm.containsKey("users"), "no users in the production realm");
        List<Map<String, Object>> clients = (List<Map<String, Object>>) realm.get("clients");
        assertEquals(List.of("web-ui", "catalog-service", "program-service"), clients.stream().map(c -> c.get("clientId")).toList());
        for (Map<String, Object> c : clients) {
            assertFalse(Boolean.TRUE.equals(c.get("directAccessGrantsEnabled")), c.get("clientId") + ": no password grant");
            assertFalse(Boolean.TRUE.equals(c.get("implicitFlowEnabled")), c.get("clientId") + ": no implicit flow");
            assertFalse(Boolean.TRUE.equals(c.get("publicClient")), c.get("clientId") + ": confidential");
        }
        for (String service : List.of("catalog-service", "program-service")) {
            assertEquals(Boolean.TRUE, client(clients, service).get("bearerOnly"), service + " is bearer-only");
        }
        Map<String, Object> web = client(clients, "web-ui");
        String portal = "https://" + portalHost();
        assertEquals(List.of(portal + "/callback"), web.get("redirectUris"), "exact redirect URI, no wildcard");
        Map<String, Object> attributes = (Map<String, Object>) web.get("attributes");
        assertEquals("S256", attributes.get("pkce.code.challenge.method"));
        assertEquals(portal + "/signed-out", attributes.get("post.logout.redirect.uris"));
        Matcher placeholder = Pattern.compile("\\$\\{([A-Z0-9_]+)}").matcher(String.valueOf(web.get("secret")));
        assertTrue(placeholder.matches(), "web-ui secret is a placeholder, never a value");
        assertTrue(realmImport.tree().path("spec").path("placeholders").has(placeholder.group(1)), "placeholder filled from a Secret");

        Map<String, Object> demoWeb = client((List<Map<String, Object>>) demoRealm.get("clients"), "web-ui");
        assertEquals(demoWeb.get("protocolMappers"), web.get("protocolMappers"), "same audience and clinic_id mappers as the demo realm");
        for (String service : List.of("catalog-service", "program-service")) {
            assertEquals(client((List<Map<String, Object>>) demoRealm.get("clients"), service), client(clients, service), service);
        }
        for (String key : List.of("realm", "roles", "components", "bruteForceProtected", "permanentLockout", "failureFactor",
                "waitIncrementSeconds", "maxFailureWaitSeconds", "passwordPolicy", "accessTokenLifespan", "ssoSessionIdleTimeout",
                "ssoSessionMaxLifespan", "offlineSessionIdleTimeout", "accessCodeLifespan", "accessCodeLifespanLogin",
                "registrationAllowed", "duplicateEmailsAllowed", "editUsernameAllowed")) {
            assertEquals(demoRealm.get(key), realm.get(key), "realm setting " + key + " as in the demo realm");
        }
        String profile = String.valueOf(realm.get("components"));
        assertTrue(profile.contains("\"name\": \"clinic_id\"") && profile.contains("\"permissions\": {\"view\": [\"admin\"], \"edit\": [\"admin\"]}"),
                "clinic_id is an admin-only attribute");
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> client(List<Map<String, Object>> clients, String id) {
        return clients.stream().filter(c -> id.equals(c.get("clientId"))).findFirst()
                .orElseThrow(() -> new AssertionError("no client " + id));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> mapOf(Object value) {
        return (Map<String, Object>) value;
    }

    @Test
    void prometheusScrapesEveryServiceThroughItsServicePort() {
        Manifest monitor = one("ServiceMonitor", "limber-services");
        LabelSelector selector = YAML.convertValue(monitor.tree().path("spec").path("selector"), LabelSelector.class);
        assertNoUnknownFields(selector, "ServiceMonitor selector");
        Set<String> scraped = typed(Service.class).stream().filter(s -> matches(selector, s.getMetadata().getLabels()))
                .map(s -> s.getMetadata().getName()).collect(Collectors.toSet());
        assertEquals(Set.of("catalog-service", "program-service", "web-ui"), scraped);
        JsonNode endpoint = monitor.tree().path("spec").path("endpoints").get(0);
        assertEquals("/q/metrics", endpoint.path("path").asText());
        assertEquals(MANAGEMENT, endpoint.path("port").asText(), "Prometheus scrapes the management port");
        for (Service s : typed(Service.class)) {
            assertTrue(s.getSpec().getPorts().stream().anyMatch(p -> MANAGEMENT.equals(p.getName())
                    && MANAGEMENT.equals(p.getTargetPort().getStrVal())), s.getMetadata().getName() + ": a port 'management' to the pods' management port");
        }
    }

    // ---- kustomize layout ----

    @Test
    void kustomizationsListEveryFileAndPinEveryImage() throws IOException {
        for (Path dir : List.of(BASE, PRODUCTION)) {
            JsonNode kustomization = YAML.readTree(dir.resolve("kustomization.yaml").toFile());
            Set<String> listed = new TreeSet<>();
            kustomization.path("resources").forEach(r -> listed.add(r.asText()));
            for (String resource : listed) {
                assertTrue(Files.exists(dir.resolve(resource)), dir + ": " + resource + " exists");
            }
            try (Stream<Path> files = Files.list(dir)) {
                for (Path f : files.filter(f -> f.toString().endsWith(".yaml")).toList()) {
                    String name = f.getFileName().toString();
                    assertTrue(name.equals("kustomization.yaml") || listed.contains(name), dir + ": " + name + " is not in kustomization.yaml");
                }
            }
        }
        JsonNode production = YAML.readTree(PRODUCTION.resolve("kustomization.yaml").toFile());
        assertEquals("limber", production.path("namespace").asText());
        Set<String> images = typed(Deployment.class).stream().flatMap(d -> d.getSpec().getTemplate().getSpec().getContainers().stream())
                .map(c -> c.getImage().substring(0, c.getImage().lastIndexOf(':'))).collect(Collectors.toSet());
        Set<String> pinned = new HashSet<>();
        production.path("images").forEach(i -> {
            String tag = i.path("newTag").asText();
            assertTrue(!i.path("digest").asText().isBlank() || !(tag.isBlank() || tag.equals("latest") || tag.endsWith("SNAPSHOT")),
                    i.path("name").asText() + " is pinned in production");
            pinned.add(i.path("name").asText());
        });
        assertEquals(images, pinned, "production pins every Limber image");
        production.path("patches").forEach(p -> {
            JsonNode target = p.path("target");
            one(target.path("kind").asText(), target.path("name").asText());
        });
    }

    @Test
    void theReadmeExplainsTheLayoutAndTheMeasuredSizing() {
        for (String section : List.of("## Why a hand-written kustomize base", "## From an empty cluster", "## Secrets", "## Scaling",
                "## Rolling upgrades and database migrations", "## Backup and restore", "## Container images")) {
            assertTrue(readme.contains(section), "deploy/README.md has the section " + section);
        }
        assertTrue(readme.contains("quarkus.container-image.build=true"), "the one Maven command for images");
    }
}
