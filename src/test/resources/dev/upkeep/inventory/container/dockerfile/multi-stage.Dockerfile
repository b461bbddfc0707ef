# syntax=docker/dockerfile:1.7
ARG NODE_VERSION=20.11.1
ARG PYTHON_VERSION
ARG DISTRO=bookworm

FROM --platform=$BUILDPLATFORM node:${NODE_VERSION}-alpine AS web-deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci

FROM web-deps AS web-build
COPY . .
RUN npm run build

FROM python:${PYTHON_VERSION}-slim AS api-build
RUN pip wheel -r requirements.txt -w /wheels

FROM python:3.12-slim-${DISTRO}@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef AS base
ARG UV_IMAGE=ghcr.io/astral-sh/uv:0.4.30
COPY --from=${UV_IMAGE} /uv /bin/uv

FROM base
COPY --from=web-build /app/out /srv/www
COPY --from=1 /app/out /srv/www2
COPY --from=api-build /wheels /wheels
COPY --from=nginx:1.27-alpine /etc/nginx/nginx.conf /etc/nginx/
USER 10001
