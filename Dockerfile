# The nexmock standalone mock server in a container.
#   docker build -t nexmock .
#   docker run --rm -p 8080:8080 nexmock
# Stage 1 builds the standalone jar with Maven; stage 2 runs it on a plain JRE as an unprivileged user.

FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
# Every module's pom: the reactor reads them all, even when it builds only standalone and what it needs.
COPY pom.xml ./
COPY mock-server/pom.xml mock-server/
COPY standalone/pom.xml standalone/
COPY extension/pom.xml extension/
COPY samples/pom.xml samples/
COPY samples/spring-boot/pom.xml samples/spring-boot/
COPY mock-server/src mock-server/src
COPY standalone/src standalone/src
RUN mvn -B -q -pl standalone -am -DskipTests -Dmaven.javadoc.skip=true -Dmaven.source.skip=true package \
 && cp standalone/target/nexmock-standalone-*.jar /nexmock-standalone.jar

FROM eclipse-temurin:17-jre
RUN useradd --system --uid 10001 --home-dir /var/lib/nexmock --create-home nexmock
COPY --from=build /nexmock-standalone.jar /opt/nexmock/nexmock-standalone.jar
# A class-data-sharing archive of what `serve` loads up to its first answers, made by this very JRE, so every start of
# the container maps those classes instead of loading them again (classes only: no state, keys or settings).
COPY scripts/cds-archive.sh /tmp/cds-archive.sh
RUN /tmp/cds-archive.sh /opt/nexmock/nexmock-standalone.jar /opt/nexmock/nexmock-standalone.jsa && rm /tmp/cds-archive.sh
USER nexmock
WORKDIR /var/lib/nexmock
EXPOSE 8080
ENTRYPOINT ["java", "-XX:SharedArchiveFile=/opt/nexmock/nexmock-standalone.jsa", "-jar", "/opt/nexmock/nexmock-standalone.jar"]
# The mock binds 127.0.0.1 by default, which inside a container is the container's own loopback: nothing outside
# could reach it, not even through -p. Binding all interfaces is needed here; publish the port only where you mean to.
CMD ["serve", "--bind", "0.0.0.0", "--port", "8080"]
