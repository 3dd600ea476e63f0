package io.github.fiksclients.codegen;

import java.util.List;
import org.apache.maven.model.Dependency;
import org.apache.maven.model.DependencyManagement;
import org.apache.maven.model.Model;

/**
 * The BOM's published pom: the hand-written {@code fiks-bom/pom.xml} (the shared artifacts) plus one managed
 * dependency per published manifest service, so that adding a service needs no edit of the BOM.
 */
public final class BomPom {

    /** The managed version of every artifact: the BOM's own. */
    static final String VERSION = "${project.version}";

    private BomPom() {
    }

    /**
     * Returns the pom to publish.
     *
     * @param written the BOM's pom as written (not interpolated); not changed
     * @param services the manifest's services
     * @return a copy with the services' artifacts managed, placed after {@code fiks-core}, and without the
     *     {@code build} section (it only concerns building the BOM)
     * @throws IllegalStateException if the written pom already lists a published service's artifact
     */
    public static Model withServices(Model written, List<ServiceEntry> services) {
        Model model = written.clone();
        model.setBuild(null);
        if (model.getDependencyManagement() == null) {
            model.setDependencyManagement(new DependencyManagement());
        }
        List<Dependency> managed = model.getDependencyManagement().getDependencies();
        int at = managed.size();
        for (int i = 0; i < managed.size(); i++) {
            if ("fiks-core".equals(managed.get(i).getArtifactId())) {
                at = i + 1;
            }
        }
        for (ServiceEntry service : services) {
            if (!service.published()) {
                continue;
            }
            if (managed.stream().anyMatch(d -> service.module().equals(d.getArtifactId()))) {
                throw new IllegalStateException("fiks-bom/pom.xml lists " + service.module() + ", which specs/specs.json"
                        + " adds to the published BOM: remove it from fiks-bom/pom.xml");
            }
            Dependency dependency = new Dependency();
            dependency.setGroupId(groupId(model));
            dependency.setArtifactId(service.module());
            dependency.setVersion(VERSION);
            managed.add(at++, dependency);
        }
        return model;
    }

    private static String groupId(Model model) {
        return model.getGroupId() != null ? model.getGroupId() : model.getParent().getGroupId();
    }
}
