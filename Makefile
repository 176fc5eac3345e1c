# LO Desk. `make demo` opens the window on a demo event; `make test` runs
# the tests. Both install what they need first (Debian/Ubuntu).

GO       ?= go
TAGS     := migrated_fynedo
BIN      := lodesk
DEMO     ?= demo.lodesk
SUDO     := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
export LANG ?= en_US.UTF-8

# Debian packages Fyne's cgo build needs (gcc and pkg-config included).
BUILD_DEBS := gcc pkg-config libgl1-mesa-dev libx11-dev libxcursor-dev libxrandr-dev \
	libxinerama-dev libxi-dev libxxf86vm-dev
# The PDF tests read their pages back with poppler's pdftotext; the
# Syncthing test (make syncthing-test) runs two real syncthing daemons.
TEST_DEBS := poppler-utils syncthing
STATICCHECK := honnef.co/go/tools/cmd/staticcheck@v0.8.2
GOFUMPT     := mvdan.cc/gofumpt@v0.12.0

.PHONY: demo test deps build lint fuzz bench bench-compare syncthing-test clean

demo: build
	@[ -f "$(DEMO)" ] || ./$(BIN) demo "$(DEMO)"
	./$(BIN) "$(DEMO)"

test: deps
	$(GO) test -race -timeout 30m -tags $(TAGS) ./...

deps:
	@missing=$$(for p in $(BUILD_DEBS) $(TEST_DEBS); do dpkg -s $$p >/dev/null 2>&1 || echo $$p; done); \
	if [ -n "$$missing" ]; then \
		echo "installing $$missing"; \
		$(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing; \
	fi

build: deps
	$(GO) build -tags $(TAGS) -trimpath -o $(BIN) .

lint:
	@out=$$(gofmt -l $$(git ls-files '*.go')); [ -z "$$out" ] || { echo "not gofmt-clean: $$out"; exit 1; }
	@out=$$($(GO) run $(GOFUMPT) -l $$(git ls-files '*.go')); [ -z "$$out" ] || { echo "not gofumpt-clean: $$out"; exit 1; }
	$(GO) vet -tags $(TAGS) ./...
	$(GO) run $(STATICCHECK) -tags $(TAGS) ./...

# Each fuzz target for a number of runs (FUZZTIME=200000x for longer);
# found by name, so that only the packages that have one are compiled.
# A count, not a duration: with a duration, Go 1.26's fuzz coordinator can
# report a bare "context deadline exceeded" as a failure when the time runs
# out mid-run (golang/go#75804, fixed in Go 1.27), with no input to blame.
FUZZTIME ?= 20000x
fuzz:
	@grep -rl --include='*_test.go' '^func Fuzz' . | while read -r f; do \
		pkg=./$$(dirname "$${f#./}"); \
		for t in $$(sed -n 's/^func \(Fuzz[A-Za-z0-9_]*\)(.*/\1/p' "$$f"); do \
			echo "fuzz $$pkg $$t"; \
			$(GO) test -tags $(TAGS) -run '^$$' -fuzz "^$$t$$" -fuzztime $(FUZZTIME) -fuzzminimizetime 5x $$pkg || exit 1; \
		done; \
	done

bench:
	$(GO) test -tags $(TAGS) -run '^$$' -bench . -benchmem ./...

# Two real Syncthing daemons on the loopback address and two laptops in
# `lodesk sync --watch` (make deps installs Debian's syncthing; a few minutes).
syncthing-test: build
	.ci/syncthing.sh

# LO Desk beside LibreOffice (packs) and a bare Fyne window (first frame,
# memory), with ratios; installs what it needs; minutes long, not in CI.
bench-compare:
	.ci/bench-compare.sh

clean: dist-clean
	rm -rf $(BIN)

-include dist.mk
