package dev.upkeep.knowledge.docker;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ImageRepositoryTest {
    @Test
    void dockerHubNamesAndOtherHosts() {
        assertThat(ImageRepository.of("library/node")).contains(new ImageRepository(null, "library/node"));
        assertThat(ImageRepository.of("node")).contains(new ImageRepository(null, "library/node"));
        assertThat(ImageRepository.of("docker.io/bitnami/redis")).contains(new ImageRepository(null, "bitnami/redis"));
        assertThat(ImageRepository.of("ghcr.io/acme/app")).contains(new ImageRepository("ghcr.io", "acme/app"));
        assertThat(ImageRepository.of("localhost:5000/app")).contains(new ImageRepository("localhost:5000", "app"));
        assertThat(ImageRepository.of("registry.example.com/team/sub/app")).contains(new ImageRepository("registry.example.com", "team/sub/app"));
        assertThat(ImageRepository.of("${IMAGE}")).isEmpty();
        assertThat(ImageRepository.of("Library/Node")).as("repository paths are lower case").isEmpty();
    }

    @Test
    void bearerChallenges() {
        assertThat(BearerChallenge.parse("Bearer realm=\"https://auth.docker.io/token\",service=\"registry.docker.io\","
                + "scope=\"repository:library/node:pull,push\""))
                .contains(new BearerChallenge("https://auth.docker.io/token", "registry.docker.io", "repository:library/node:pull,push"));
        assertThat(BearerChallenge.parse("bearer realm=https://ghcr.io/token, service=ghcr.io"))
                .contains(new BearerChallenge("https://ghcr.io/token", "ghcr.io", null));
        assertThat(BearerChallenge.parse("Basic realm=\"Registry Realm\"")).isEmpty();
        assertThat(BearerChallenge.parse("Bearer service=\"x\"")).as("no realm").isEmpty();
        assertThat(BearerChallenge.scheme("Basic realm=\"x\"")).isEqualTo("Basic");
    }

    @Test
    void linkHeaderPagination() {
        URI page = URI.create("https://registry-1.docker.io/v2/library/node/tags/list?n=1000");
        assertThat(TagsJson.next("</v2/library/node/tags/list?last=b&n=1000>; rel=\"next\"", page))
                .isEqualTo(URI.create("https://registry-1.docker.io/v2/library/node/tags/list?last=b&n=1000"));
        assertThat(TagsJson.next("<https://mirror.example/v2/x/tags/list?last=c>; type=\"a\"; rel=next", page))
                .isEqualTo(URI.create("https://mirror.example/v2/x/tags/list?last=c"));
        assertThat(TagsJson.next("</prev>; rel=\"prev\", </after>; rel=\"next\"", page)).isEqualTo(URI.create("https://registry-1.docker.io/after"));
        assertThat(Optional.ofNullable(TagsJson.next("</prev>; rel=\"prev\"", page))).isEmpty();
        assertThat(Optional.ofNullable(TagsJson.next(null, page))).isEmpty();
    }
}
