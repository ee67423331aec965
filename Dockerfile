# Build the jar first (./mvnw -B package), then: docker build -t studybot .
# Runs as a non-root user; the H2 database lives in the /data volume.
FROM eclipse-temurin:17-jre
RUN useradd --system --home /app --shell /usr/sbin/nologin studybot \
    && mkdir -p /data && chown studybot /data
WORKDIR /app
COPY target/studybot.jar /app/studybot.jar
USER studybot
ENV STUDYBOT_DATA_DIR=/data
VOLUME ["/data"]
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s \
  CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/8080 && printf 'GET /actuator/health HTTP/1.0\\r\\n\\r\\n' >&3 && grep -q UP <&3"]
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/studybot.jar"]
