#!/bin/sh
# Writes src/components/card/fonts/stix-two-math.woff2: STIX Two Math (SIL Open Font License 1.1, no reserved font
# name; from the @fontsource/stix-two-math dev dependency) cut down to the characters the card's formulas set, with
# its MATH table (what the browser lays out fractions, indices and the big Σ with). Needs fontTools:
#
#   pip install fonttools brotli && sh scripts/mathfont.sh
#
# tests/components/card/mathFont.test.ts fails when a formula sets a character the cut-down font lacks.
set -eu
cd "$(dirname "$0")/.."
source=node_modules/@fontsource/stix-two-math/files/stix-two-math-latin-400-normal.woff2
target=src/components/card/fonts
# Latin, Latin-1, ŵ, the circumflex of \hat, Greek, the spaces and the invisible operators, ’ and …, super- and
# subscript digits, ℎ, the operators, ✓, and the math italic letters the browser sets a one-letter identifier in.
unicodes="U+0020-007E,U+00A0-00FF,U+0175,U+02C6,U+0302,U+0391-03A9,U+03B1-03C9,U+2000-200A,U+2019,U+2026,U+205F-2064,U+2070-209F"
unicodes="$unicodes,U+210E,U+2202,U+2211,U+2212,U+2217,U+221E,U+2248,U+2260,U+2264,U+2265,U+22C5,U+22EF,U+2713"
unicodes="$unicodes,U+1D434-1D467,U+1D6E2-1D71B"
pyftsubset "$source" --output-file="$target/stix-two-math.woff2" --flavor=woff2 --layout-features='*' \
  --unicodes="$unicodes"
cp node_modules/@fontsource/stix-two-math/LICENSE "$target/OFL.txt"
