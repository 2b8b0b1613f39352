# Talknotes as a container image: built from source with the Maven wrapper, run as a
# non-root user from the jar's layers (dependencies first: they change least often, so
# a new version of the application ships as a small top layer).
#
#   docker build -t talknotes .
#   docker run -p 127.0.0.1:8080:8080 -v talknotes-data:/var/lib/talknotes talknotes
#
# Several nodes on PostgreSQL and OpenSearch: see docker-compose.yml.

FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -ntp dependency:go-offline
COPY src src
RUN ./mvnw -B -ntp -DskipTests package \
	&& java -Djarmode=tools -jar target/talknotes-*.jar extract --layers --application-filename talknotes.jar \
		--destination /layers

FROM eclipse-temurin:17-jre
RUN groupadd --system talknotes \
	&& useradd --system --gid talknotes --home-dir /app --shell /usr/sbin/nologin talknotes \
	&& mkdir -p /var/lib/talknotes \
	&& chown talknotes:talknotes /var/lib/talknotes
WORKDIR /app
COPY --from=build /layers/dependencies/ ./
COPY --from=build /layers/snapshot-dependencies/ ./
COPY --from=build /layers/application/ ./
# Memory: at most about 400 MB resident under load (README, "On a small server"), so the
# node fits a container limited to 512 MB. A heap sized as a share of the limit would leave
# too little for the rest (classes, compiled code, threads: about 280 MB). For a very large
# collection, raise the heap: -e JAVA_TOOL_OPTIONS="... -Xmx512m".
ENV MALLOC_ARENA_MAX=2 \
	JAVA_TOOL_OPTIONS="-XX:+UseSerialGC -Xmx128m -XX:NewRatio=4 -Xss512k -XX:ReservedCodeCacheSize=64m -XX:MaxDirectMemorySize=32m -XX:TrimNativeHeapInterval=5000"
# A class data sharing archive of the classes a start loads, made by a training run that
# starts the application on a throwaway database and stops once it is set up: a start from
# it takes about half the time (README, "On a small server"). The archive extends the
# JDK's own, which some JDK builds do not ship: the first line makes that one if the JVM
# finds none. Both belong to this JVM and this jar, so they are made here, in the image that
# runs them. ContainerImageIT runs these steps and the entry point on the build's JVM.
RUN { java -Xshare:on -version > /dev/null 2>&1 || java -Xshare:dump > /dev/null; } \
	&& java -Dspring.aot.enabled=true -XX:ArchiveClassesAtExit=talknotes.jsa -Dspring.context.exit=onRefresh \
		-jar talknotes.jar --talknotes.data-dir=training > training.log 2>&1 \
	&& test -s talknotes.jsa || { cat training.log; exit 1; }; \
	rm -rf training training.log
USER talknotes
# The embedded database and search index, when no PostgreSQL and OpenSearch are given.
ENV TALKNOTES_DATA_DIR=/var/lib/talknotes
VOLUME /var/lib/talknotes
EXPOSE 8080
# Ready: pages and search answer. Without curl in the image, bash speaks HTTP itself.
HEALTHCHECK --interval=10s --timeout=3s --start-period=90s --retries=3 \
	CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/8080 && printf 'GET /actuator/health/readiness HTTP/1.0\\r\\nHost: localhost\\r\\n\\r\\n' >&3 && grep -q '\"UP\"' <&3"]
# Started from the beans and repositories the build worked out, about a fifth faster, and
# from the archive (README, "On a small server").
ENTRYPOINT ["java", "-Dspring.aot.enabled=true", "-XX:SharedArchiveFile=talknotes.jsa", "-jar", "talknotes.jar"]
