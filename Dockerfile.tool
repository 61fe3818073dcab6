# syntax=docker/dockerfile:1
# The image2container command line tool in a Linux container image:
#   docker build -f Dockerfile.tool -t image2container .
#   docker run --rm -v "$PWD/captures:/captures:ro" -v "$PWD/out:/out" image2container \
#       assess /captures --output /out/fleet
# The rules are installed in /usr/local/share/image2container/rules, which IMAGE2CONTAINER_RULES
# names; set it to another directory to use other rules.

ARG SWIFT_VERSION=6.2
ARG UBUNTU_VERSION=24.04

FROM swift:${SWIFT_VERSION}-noble AS build
# Ubuntu's archive drops superseded package versions, so pins would break the build; the base image tag pins the release.
# hadolint ignore=DL3008
RUN apt-get update \
    && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends libxml2-dev zlib1g-dev pkg-config \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /src
# Dependencies first, so that a source change does not fetch them again.
COPY Package.swift Package.resolved ./
RUN swift package resolve
# Every target the manifest names must exist, tests and benchmarks included.
COPY Sources Sources
COPY Tests Tests
COPY Benchmarks Benchmarks
RUN swift build -c release --product image2container --static-swift-stdlib \
    && install -D "$(swift build -c release --show-bin-path)/image2container" /out/bin/image2container
COPY rules /out/share/image2container/rules

FROM ubuntu:${UBUNTU_VERSION}
# hadolint ignore=DL3008
RUN apt-get update \
    && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends libxml2 zlib1g \
    && rm -rf /var/lib/apt/lists/* \
    && useradd --system --uid 10001 --no-create-home --shell /usr/sbin/nologin image2container
COPY --from=build /out/ /usr/local/
# Said explicitly: the tool is started through PATH, so it cannot always tell where its executable is.
ENV IMAGE2CONTAINER_RULES=/usr/local/share/image2container/rules
USER 10001
WORKDIR /work
ENTRYPOINT ["image2container"]
CMD ["--help"]
