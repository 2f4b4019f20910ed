# syntax=docker/dockerfile:1
# Landscape Lab: build with the Maven wrapper on a JDK, run on a JRE as a non-root user.
# The frontend bundle is committed (src/main/bundles), so the build needs no Node.js.

FROM eclipse-temurin:25-jdk AS build
WORKDIR /src
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
COPY frontend/ frontend/
COPY src/ src/
COPY lessons/ lessons/
# The same command CI's test run builds with, minus the tests CI has already run.
RUN --mount=type=cache,target=/root/.m2 ./mvnw -B -q -DskipTests package \
    && cp target/landscape-lab-*.jar /landscape-lab.jar

FROM eclipse-temurin:25-jre
RUN groupadd --system lab \
    && useradd --system --gid lab --home-dir /app --shell /usr/sbin/nologin lab \
    && mkdir -p /app /data \
    && chown lab:lab /data
WORKDIR /app
COPY --from=build /landscape-lab.jar /tmp/landscape-lab.jar
# The course that ships with the image; mount your own folder over /lessons to replace it.
COPY lessons/ /lessons/
# Start-up: the jar is extracted (an AOT cache needs plain jars on the class path) and one training start records
# the classes the app loads and links into a Java 25 AOT cache (JEP 483/514); on the build machine this halved the
# time to the first HTTP 200 (13–14 s → 7 s). The cache is made here, on the image's own JVM, because it is only
# used by the exact JVM and class path that made it; if they ever differ the JVM warns and starts without it.
RUN java -Djarmode=tools -jar /tmp/landscape-lab.jar extract --destination /app \
    && rm /tmp/landscape-lab.jar \
    && LAB_ADMIN_PASSWORD=aot-training-only java -XX:AOTCacheOutput=/app/landscape-lab.aot \
       -Dspring.context.exit=onRefresh -jar /app/landscape-lab.jar --lab.lessons-dir=/lessons \
       --lab.data-dir=/tmp/aot-training --server.port=0 \
    && rm -rf /tmp/aot-training
ENV PORT=8080 \
    LAB_LESSONS_DIR=/lessons \
    LAB_DATA_DIR=/data \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:InitialRAMPercentage=25 -XX:+ExitOnOutOfMemoryError"
VOLUME ["/data"]
EXPOSE 8080
USER lab
# bash's /dev/tcp instead of curl: the JRE image is not guaranteed to ship an HTTP client.
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
    CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/${PORT} && printf 'GET /actuator/health HTTP/1.0\\r\\nHost: localhost\\r\\n\\r\\n' >&3 && grep -q '\"status\":\"UP\"' <&3"]
ENTRYPOINT ["java", "-XX:AOTCache=/app/landscape-lab.aot", "-jar", "/app/landscape-lab.jar"]
