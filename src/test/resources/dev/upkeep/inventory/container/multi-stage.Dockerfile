# syntax=docker/dockerfile:1.7
ARG PYTHON_VERSION=3.12
ARG DISTRO
ARG BASE=python:${PYTHON_VERSION}-slim${DISTRO:+-$DISTRO}

FROM --platform=$BUILDPLATFORM node:20-alpine AS Web
WORKDIR /app
COPY package.json package-lock.json ./
RUN --mount=type=cache,target=/root/.npm \
    --mount=type=secret,id=npmrc \
    npm ci
COPY . .
RUN npm run build

FROM ${BASE} as api
ENV PYTHONDONTWRITEBYTECODE=1 \
    APP_HOME="/srv/my app"
COPY --from=web --chown=app:app /app/out /srv/static
USER app
CMD ["uvicorn", "main:app", "--host", "0.0.0.0"]
