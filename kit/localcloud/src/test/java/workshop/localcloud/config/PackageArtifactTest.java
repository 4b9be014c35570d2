package workshop.localcloud.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which artifact each function deploys: its own {@code package.artifact}, else the service's. */
class PackageArtifactTest {

    @TempDir
    Path folder;

    @Test
    void aFunctionDeploysItsOwnArtifactWhenPackagedIndividually() throws IOException {
        AppDefinition app = load("""
                package:
                  individually: true
                functions:
                  one:
                    handler: workshop.One
                    package:
                      artifact: target/one.jar
                  two:
                    handler: workshop.Two
                """);

        assertThat(app.functions().get("one").artifact()).isEqualTo("target/one.jar");
        // The framework would zip the folder for this one: there is no jar to name.
        assertThat(app.functions().get("two").artifact()).isNull();
    }

    @Test
    void withoutOneOfTheirOwnFunctionsDeployTheServiceArtifact() throws IOException {
        AppDefinition app = load("""
                package:
                  artifact: target/all.jar
                functions:
                  one:
                    handler: workshop.One
                  two:
                    handler: workshop.Two
                    package:
                      artifact: target/two.jar
                """);

        assertThat(app.functions().get("one").artifact()).isEqualTo("target/all.jar");
        assertThat(app.functions().get("two").artifact()).isEqualTo("target/two.jar");
    }

    @Test
    void noPackageBlockMeansNoArtifact() throws IOException {
        AppDefinition app = load("""
                functions:
                  one:
                    handler: workshop.One
                """);

        assertThat(app.functions().get("one").artifact()).isNull();
    }

    @Test
    void aMisspelledPackageSettingIsRefused() {
        assertThatThrownBy(() -> load("""
                functions:
                  one:
                    handler: workshop.One
                    package:
                      artefact: target/one.jar
                """))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("unknown key 'artefact' in package of function 'one'")
                .hasMessageContaining("did you mean 'artifact'?");
    }

    private AppDefinition load(String rest) throws IOException {
        Path file = folder.resolve("serverless.yml");
        Files.writeString(file, """
                service: packaging
                provider:
                  name: aws
                  runtime: java17
                """ + rest);
        return new ServerlessYamlLoader(LoadOptions.defaults().withEnvironment(Map.of())).load(file, Map.of());
    }
}
