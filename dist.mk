# dist.mk: the builds a coordinator installs (issue 10). The Makefile
# includes it; `make -f dist.mk TARGET` works on its own too.
#
#   make dist          all three below, in dist/
#   make dist-linux    dist/lodesk-VERSION-linux-amd64.tar.xz, made by
#                      `fyne package -os linux`: the binary, a .desktop file,
#                      the icon and a Makefile that installs them
#   make dist-windows  dist/lodesk-VERSION-windows-amd64.exe, the portable
#                      program, cross-compiled with Debian's mingw-w64, icon
#                      and version resource embedded (a .syso made by
#                      goversioninfo)
#   make dist-setup    dist/lodesk-VERSION-windows-amd64-setup.exe, the
#                      installer of that program, made by NSIS's makensis
#                      from assets/windows/installer.nsi
#   make dist-deps     installs the Debian packages these need, when missing
#   make dist-wine-deps  installs Wine, which .ci/dist.sh runs the Windows
#                      builds under
#   make dist-check    builds all three and checks them (.ci/dist.sh)
#   make dist-clean    removes dist/
#
# VERSION and the build number come from FyneApp.toml. Every build uses
# -trimpath and the migrated_fynedo tag, as the tests do, so that the Linux
# build reuses the test build's cache.

DIST_DIR           ?= dist
DIST_FYNE_TOOLS    ?= v1.7.4
DIST_GOVERSIONINFO ?= v1.7.0
DIST_WIN_CC        ?= x86_64-w64-mingw32-gcc
DIST_WIN_CXX       ?= x86_64-w64-mingw32-g++

DIST_VERSION := $(shell sed -n 's/^[[:space:]]*Version[[:space:]]*=[[:space:]]*"\([^"]*\)".*/\1/p' FyneApp.toml)
DIST_BUILD   := $(shell sed -n 's/^[[:space:]]*Build[[:space:]]*=[[:space:]]*\([0-9][0-9]*\).*/\1/p' FyneApp.toml)
DIST_VPARTS  := $(subst ., ,$(DIST_VERSION))

DIST_TAGS    := migrated_fynedo
DIST_LDFLAGS := -s -w -X lodesk/app/version.Version=$(DIST_VERSION)
DIST_TOOLS   := $(CURDIR)/$(DIST_DIR)/.tools
DIST_FYNE    := $(DIST_TOOLS)/fyne-$(DIST_FYNE_TOOLS)/fyne
DIST_GVI     := $(DIST_TOOLS)/goversioninfo-$(DIST_GOVERSIONINFO)/goversioninfo
# goversioninfo's resource file; the name keeps it out of every build but
# windows/amd64, should it be left behind
DIST_SYSO    := lodesk_windows_amd64.syso

DIST_LINUX_TAR   := $(DIST_DIR)/lodesk-$(DIST_VERSION)-linux-amd64.tar.xz
DIST_WINDOWS_EXE := $(DIST_DIR)/lodesk-$(DIST_VERSION)-windows-amd64.exe
DIST_SETUP_EXE   := $(DIST_DIR)/lodesk-$(DIST_VERSION)-windows-amd64-setup.exe
DIST_NSI         := assets/windows/installer.nsi

# Debian packages: Fyne's cgo build (GL and X11 headers), the Windows cross
# compiler, NSIS for the installer, xz for the tarball; then what
# .ci/dist.sh checks with (objdump, wrestool and icotool, exiftool,
# desktop-file-validate, Xvfb, xwininfo).
DIST_APT := gcc pkg-config libc6-dev libgl1-mesa-dev libx11-dev libxcursor-dev \
	libxrandr-dev libxinerama-dev libxi-dev libxxf86vm-dev \
	gcc-mingw-w64-x86-64 binutils-mingw-w64-x86-64 nsis xz-utils make \
	icoutils libimage-exiftool-perl desktop-file-utils xvfb xauth x11-utils
# Wine 8 (Debian 12): the 64-bit loader is enough, the program and its
# installer being 64-bit.
DIST_WINE_APT := wine wine64

.PHONY: dist dist-linux dist-windows dist-setup dist-deps dist-wine-deps dist-check dist-clean

dist: dist-linux dist-windows dist-setup

dist-deps:
	@$(call dist_apt,$(DIST_APT))

dist-wine-deps:
	@$(call dist_apt,$(DIST_WINE_APT))

# dist_apt installs those of the packages $(1) that are missing.
define dist_apt
	if ! command -v dpkg-query >/dev/null; then \
	  echo "dist-deps: not Debian; install by hand: $(1)"; exit 0; fi; \
	missing=$$(for p in $(1); do \
	  dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q 'ok installed' || echo $$p; done); \
	if [ -n "$$missing" ]; then \
	  sudo=$$([ "$$(id -u)" = 0 ] || echo sudo); \
	  echo "dist-deps: installing" $$missing; \
	  $$sudo apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $$sudo apt-get install -y -qq --no-install-recommends $$missing; \
	fi
endef

$(DIST_FYNE):
	GOBIN=$(dir $@) go install fyne.io/tools/cmd/fyne@$(DIST_FYNE_TOOLS)

$(DIST_GVI):
	GOBIN=$(dir $@) go install github.com/josephspurrier/goversioninfo/cmd/goversioninfo@$(DIST_GOVERSIONINFO)

# fyne package adds 1 to Build in FyneApp.toml and writes the tarball,
# named after Details.Name, into the current folder: keep the file as it
# was and move the tarball into dist/.
dist-linux: dist-deps $(DIST_FYNE)
	@test -n "$(DIST_VERSION)" || { echo "dist-linux: no Version in FyneApp.toml"; exit 1; }
	@mkdir -p $(DIST_DIR)/linux
	CGO_ENABLED=1 go build -tags $(DIST_TAGS) -trimpath -ldflags '$(DIST_LDFLAGS)' \
	  -o $(DIST_DIR)/linux/lodesk .
	cp FyneApp.toml $(DIST_DIR)/linux/FyneApp.toml.orig
	rm -f 'LO Desk.tar.xz'
	$(DIST_FYNE) package -os linux --exe $(DIST_DIR)/linux/lodesk; \
	  rc=$$?; cp $(DIST_DIR)/linux/FyneApp.toml.orig FyneApp.toml; exit $$rc
	mv 'LO Desk.tar.xz' $(DIST_LINUX_TAR)
	@ls -l $(DIST_LINUX_TAR)

dist-windows: dist-deps $(DIST_GVI)
	@test -n "$(DIST_VERSION)" -a -n "$(DIST_BUILD)" || { echo "dist-windows: no Version or Build in FyneApp.toml"; exit 1; }
	@mkdir -p $(DIST_DIR)
	echo '{}' | $(DIST_GVI) -64 -o $(DIST_SYSO) -icon assets/icon.ico \
	  -product-name 'LO Desk' -description 'LO Desk' -internal-name lodesk \
	  -original-name lodesk.exe -comment 'Liaison officer desk for international congresses' \
	  -product-version $(DIST_VERSION).$(DIST_BUILD) -file-version $(DIST_VERSION).$(DIST_BUILD) \
	  -ver-major $(word 1,$(DIST_VPARTS) 0) -ver-minor $(word 2,$(DIST_VPARTS) 0 0) \
	  -ver-patch $(word 3,$(DIST_VPARTS) 0 0 0) -ver-build $(DIST_BUILD) \
	  -product-ver-major $(word 1,$(DIST_VPARTS) 0) -product-ver-minor $(word 2,$(DIST_VPARTS) 0 0) \
	  -product-ver-patch $(word 3,$(DIST_VPARTS) 0 0 0) -product-ver-build $(DIST_BUILD) \
	  -translation 1033 -charset 1200 -
	CC=$(DIST_WIN_CC) CXX=$(DIST_WIN_CXX) CGO_ENABLED=1 GOOS=windows GOARCH=amd64 \
	  go build -tags $(DIST_TAGS) -trimpath -ldflags '-H windowsgui $(DIST_LDFLAGS)' \
	  -o $(DIST_WINDOWS_EXE) .; \
	  rc=$$?; rm -f $(DIST_SYSO); exit $$rc
	@ls -l $(DIST_WINDOWS_EXE)

# The installer of the portable program: its version resource and the
# version in Apps & features come from FyneApp.toml too.
dist-setup: dist-windows
	@command -v makensis >/dev/null || { echo "dist-setup: no makensis (make dist-deps)"; exit 1; }
	makensis -V2 -DVERSION=$(DIST_VERSION) -DBUILD=$(DIST_BUILD) \
	  -DEXE='$(abspath $(DIST_WINDOWS_EXE))' -DICON='$(abspath assets/icon.ico)' \
	  -DOUTFILE='$(abspath $(DIST_SETUP_EXE))' $(DIST_NSI)
	@ls -l $(DIST_SETUP_EXE)

dist-check:
	bash .ci/dist.sh

dist-clean:
	rm -rf $(DIST_DIR) $(DIST_SYSO) 'LO Desk.tar.xz'
