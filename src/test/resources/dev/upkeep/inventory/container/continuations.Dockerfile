FROM debian:bookworm-slim

RUN apt-get update \
    # a comment inside the continuation is dropped
    && apt-get install -y --no-install-recommends \

       curl \
       ca-certificates \
    && rm -rf /var/lib/apt/lists/*
# a real comment
ENV PATH /opt/bin:$PATH
LABEL org.opencontainers.image.title="demo app" version=1
EXPOSE 8080/tcp 9090
HEALTHCHECK --interval=30s --timeout=3s CMD curl -f http://localhost:8080/ || exit 1
